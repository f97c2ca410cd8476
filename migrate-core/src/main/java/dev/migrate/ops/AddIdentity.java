package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Make an existing column an identity column
 * ({@code ALTER COLUMN ... ADD GENERATED ... AS IDENTITY}). The rows keep their values,
 * and the identity continues after them: when the column holds a value at or past the
 * identity's start, the next value handed out is the one after the largest (the smallest,
 * for a negative increment). The column must be {@code NOT NULL} and have no default.
 *
 * @param table the table name
 * @param column the column name
 * @param generation whether the identity always gives the value or only by default
 * @param options the options of the identity's sequence; {@code null} components are the
 * database's defaults
 * @param fromSerial whether the column is a PostgreSQL {@code serial} column whose
 * default and owned sequence the identity replaces
 */
public record AddIdentity(String table, String column, IdentityGeneration generation, SequenceOptions options,
		@OptionalFlag boolean fromSerial) implements Operation {

	public AddIdentity {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.notNull(generation, "'generation' must not be null");
		Assert.notNull(options, "'options' must not be null");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropIdentity(this.table, this.column, this.generation, this.options, this.fromSerial);
	}

}
