package dev.migrate.ops;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Create an index: on columns, expressions, each ascending or descending, and with a
 * predicate for a partial index.
 *
 * @param name the index name
 * @param table the table name
 * @param columns the keys, in order
 * @param unique whether the index rejects duplicate values
 * @param where the SQL condition of the rows a partial index covers, or {@code null} for
 * all rows
 * @param concurrently whether the index is built without blocking writes: PostgreSQL's
 * {@code CONCURRENTLY} (the revision then runs outside a transaction), MariaDB's
 * {@code ALGORITHM=INPLACE LOCK=NONE}; H2 builds it as usual
 */
public record CreateIndex(String name, String table, List<IndexColumn> columns, boolean unique, @Nullable String where,
		@OptionalFlag boolean concurrently) implements Operation {

	public CreateIndex {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.notEmpty(columns, "'columns' must not be empty");
		Assert.isTrue(where == null || !where.isBlank(), "'where' must not be blank");
		columns = List.copyOf(columns);
	}

	/**
	 * Create an index built the usual way, which blocks writes to the table.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the keys, in order
	 * @param unique whether the index rejects duplicate values
	 * @param where the SQL condition of the rows a partial index covers, or {@code null}
	 * for all rows
	 */
	public CreateIndex(String name, String table, List<IndexColumn> columns, boolean unique, @Nullable String where) {
		this(name, table, columns, unique, where, false);
	}

	/**
	 * Create an index on whole columns in ascending order, over all rows, built the usual
	 * way.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the indexed columns
	 * @param unique whether the index rejects duplicate values
	 */
	public CreateIndex(String name, String table, List<String> columns, boolean unique) {
		this(name, table, columns.stream().map(IndexColumn::asc).toList(), unique, null);
	}

	/**
	 * This index, built without blocking writes.
	 * @return the index built concurrently
	 */
	public CreateIndex asConcurrent() {
		return new CreateIndex(this.name, this.table, this.columns, this.unique, this.where, true);
	}

	/**
	 * The names of the indexed columns, when every key is a whole column in ascending
	 * order and the index covers all rows.
	 * @return the column names, or {@code null} when a key is an expression or
	 * descending, or the index is partial
	 */
	public @Nullable List<String> plainColumns() {
		boolean plain = this.where == null && this.columns.stream().allMatch(IndexColumn::isPlain);
		return plain ? this.columns.stream().map(IndexColumn::column).toList() : null;
	}

	/**
	 * Whether a key is an expression.
	 * @return {@code true} when one key is an expression
	 */
	public boolean hasExpressions() {
		return this.columns.stream().anyMatch((column) -> column.expression() != null);
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
