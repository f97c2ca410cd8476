package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One key of an index: a column or an SQL expression, in ascending or descending order,
 * optionally with where nulls sort (PostgreSQL, H2) or how many leading characters are
 * indexed (MariaDB). <pre class="code">
 * asc("email")
 * desc("created_at").nullsLast()
 * expression("lower(email)")
 * asc("name").prefix(10)
 * </pre>
 *
 * @param column the indexed column, or {@code null} for an expression
 * @param expression the indexed SQL expression, written without the parentheses around
 * it, or {@code null} for a column
 * @param descending whether the key sorts in descending order
 * @param nulls where nulls sort ({@code NULLS FIRST} or {@code NULLS LAST}), or
 * {@code null} for the database's default
 * @param prefixLength the number of leading characters of the column indexed
 * ({@code name(10)}), or {@code null} for the whole value
 */
public record IndexColumn(@Nullable String column, @Nullable String expression, boolean descending,
		@Nullable Nulls nulls, @Nullable Integer prefixLength) {

	public IndexColumn {
		Assert.isTrue((column == null) != (expression == null), "An index key is either a column or an expression");
		Assert.isTrue(column == null || !column.isBlank(), "'column' must not be blank");
		Assert.isTrue(expression == null || !expression.isBlank(), "'expression' must not be blank");
		Assert.isTrue(prefixLength == null || column != null, "Only a column key can have a prefix length");
		Assert.isTrue(prefixLength == null || prefixLength > 0, "'prefixLength' must be positive");
	}

	/**
	 * A key with the database's nulls order, on a whole column or an expression.
	 * @param column the indexed column, or {@code null} for an expression
	 * @param expression the indexed SQL expression, or {@code null} for a column
	 * @param descending whether the key sorts in descending order
	 */
	public IndexColumn(@Nullable String column, @Nullable String expression, boolean descending) {
		this(column, expression, descending, null, null);
	}

	/**
	 * A column in ascending order.
	 * @param column the column name
	 * @return the key
	 */
	public static IndexColumn asc(String column) {
		return new IndexColumn(column, null, false);
	}

	/**
	 * A column in descending order.
	 * @param column the column name
	 * @return the key
	 */
	public static IndexColumn desc(String column) {
		return new IndexColumn(column, null, true);
	}

	/**
	 * An SQL expression in ascending order, such as {@code lower(email)}.
	 * @param expression the expression
	 * @return the key
	 */
	public static IndexColumn expression(String expression) {
		return new IndexColumn(null, expression, false);
	}

	/**
	 * This key in descending order.
	 * @return a new key
	 */
	public IndexColumn desc() {
		return new IndexColumn(this.column, this.expression, true, this.nulls, this.prefixLength);
	}

	/**
	 * This key with nulls sorted before the other values ({@code NULLS FIRST});
	 * PostgreSQL and H2.
	 * @return a new key
	 */
	public IndexColumn nullsFirst() {
		return new IndexColumn(this.column, this.expression, this.descending, Nulls.FIRST, this.prefixLength);
	}

	/**
	 * This key with nulls sorted after the other values ({@code NULLS LAST}); PostgreSQL
	 * and H2.
	 * @return a new key
	 */
	public IndexColumn nullsLast() {
		return new IndexColumn(this.column, this.expression, this.descending, Nulls.LAST, this.prefixLength);
	}

	/**
	 * This column key indexing only the leading characters of the values; MariaDB.
	 * @param length the number of characters indexed
	 * @return a new key
	 */
	public IndexColumn prefix(int length) {
		return new IndexColumn(this.column, this.expression, this.descending, this.nulls, length);
	}

	/**
	 * Whether this key is a whole column in ascending order with the database's nulls
	 * order, what a list of column names gives.
	 * @return {@code true} for a plain column
	 */
	public boolean isPlain() {
		return this.column != null && !this.descending && this.nulls == null && this.prefixLength == null;
	}

	/**
	 * Where an index key sorts nulls.
	 */
	public enum Nulls {

		/** Before the other values: {@code NULLS FIRST}. */
		FIRST,

		/** After the other values: {@code NULLS LAST}. */
		LAST

	}

}
