package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Add a column to a table.
 *
 * @param table the table name
 * @param column the column definition
 */
public record AddColumn(String table, Column column) implements Operation {

	public AddColumn {
		Assert.hasText(table, "'table' must not be empty");
		Assert.notNull(column, "'column' must not be null");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropColumn(this.table, this.column.name(), this.column);
	}

}
