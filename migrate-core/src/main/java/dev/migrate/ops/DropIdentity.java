package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Make an identity column a plain column again ({@code ALTER COLUMN ... DROP IDENTITY}):
 * it keeps its values and loses its sequence. The {@code existing*} components describe
 * the identity, so the drop can be reversed.
 *
 * @param table the table name
 * @param column the column name
 * @param existingGeneration the generation of the dropped identity, or {@code null} when
 * not described
 * @param existingOptions the options of the dropped identity's sequence
 * @param toSerial whether the column becomes a PostgreSQL {@code serial} column: a
 * sequence it owns, named {@code TABLE_COLUMN_seq}, continuing after its values, gives
 * its default
 */
public record DropIdentity(String table, String column, @Nullable IdentityGeneration existingGeneration,
		SequenceOptions existingOptions, @OptionalFlag boolean toSerial) implements Operation {

	public DropIdentity {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.notNull(existingOptions, "'existingOptions' must not be null");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		if (this.existingGeneration == null) {
			throw new IrreversibleOperationException("drop_identity of '" + this.column + "' on '" + this.table
					+ "' carries no existing generation; describe the identity (op.dropIdentity(table, column,"
					+ " generation, options)) to reverse it");
		}
		return new AddIdentity(this.table, this.column, this.existingGeneration, this.existingOptions, this.toSerial);
	}

}
