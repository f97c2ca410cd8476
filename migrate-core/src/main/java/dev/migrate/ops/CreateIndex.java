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
 * @param concurrently whether the index is built without blocking writes: PostgreSQL's
 * {@code CONCURRENTLY} (the revision must be declared {@code transactional = false}),
 * MariaDB's {@code ALGORITHM=INPLACE LOCK=NONE}; H2 builds it as usual
 */
public record CreateIndex(String name, String table, List<String> columns, boolean unique,
		@OptionalFlag boolean concurrently) implements Operation {

	public CreateIndex {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.notEmpty(columns, "'columns' must not be empty");
		columns = List.copyOf(columns);
	}

	/**
	 * Create an index built the usual way, which blocks writes to the table.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the indexed columns
	 * @param unique whether the index rejects duplicate values
	 */
	public CreateIndex(String name, String table, List<String> columns, boolean unique) {
		this(name, table, columns, unique, false);
	}

	/**
	 * This index, built without blocking writes.
	 * @return the index built concurrently
	 */
	public CreateIndex asConcurrent() {
		return new CreateIndex(this.name, this.table, this.columns, this.unique, true);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropIndex(this.name, this.table, this, this.concurrently);
	}

}
