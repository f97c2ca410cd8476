package dev.migrate.ops;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Create an index.
 *
 * @param name the index name
 * @param table the table name
 * @param columns the indexed columns
 * @param unique whether the index rejects duplicate values
 */
public record CreateIndex(String name, String table, List<String> columns, boolean unique) implements Operation {

	public CreateIndex {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.notEmpty(columns, "'columns' must not be empty");
		columns = List.copyOf(columns);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropIndex(this.name, this.table, this);
	}

}
