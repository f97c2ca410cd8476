package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop a column from a table.
 *
 * @param table the table name
 * @param column the column name
 * @param definition the definition of the dropped column, so the drop can be reversed
 */
public record DropColumn(String table, String column, @Nullable Column definition) implements Operation {

	public DropColumn {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.isTrue(definition == null || definition.name().equals(column),
				"The definition must be of the dropped column");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new AddColumn(this.table, IrreversibleOperationException.requireDefinition(this.definition,
				"drop_column '" + this.column + "' from '" + this.table + "'", "column"));
	}

}
