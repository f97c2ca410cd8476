package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop a table.
 *
 * @param table the table name, optionally {@code schema.table}
 * @param definition the definition of the dropped table, so the drop can be reversed
 */
public record DropTable(String table, @Nullable CreateTable definition) implements Operation {

	public DropTable {
		Assert.hasText(table, "'table' must not be empty");
		Assert.isTrue(definition == null || definition.table().equals(table),
				"The definition must be of the dropped table");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return IrreversibleOperationException.requireDefinition(this.definition, "drop_table '" + this.table + "'",
				"table");
	}

}
