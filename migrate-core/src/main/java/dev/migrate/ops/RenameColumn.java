package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Rename a column.
 *
 * @param table the table name
 * @param column the current column name
 * @param newName the new column name
 */
public record RenameColumn(String table, String column, String newName) implements Operation {

	public RenameColumn {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(column, "'column' must not be empty");
		Assert.hasText(newName, "'newName' must not be empty");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new RenameColumn(this.table, this.newName, this.column);
	}

}
