package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One key of an index: a column or an expression.
 *
 * @param column the indexed column, or {@code null} for an expression key
 * @param expression the canonical expression text of an expression key (PostgreSQL), or
 * {@code null} for a column key
 * @param descending whether the key sorts in descending order
 * @param prefixLength the number of leading characters indexed (MariaDB), or {@code null}
 * for the whole value
 * @param nullsFirst whether nulls sort first, given only where the key asks for the
 * opposite of the database's default for its direction ({@code NULLS FIRST} or
 * {@code NULLS LAST} on PostgreSQL and H2); {@code null} for the default
 */
public record IndexKey(@Nullable String column, @Nullable String expression, boolean descending,
		@Nullable Integer prefixLength, @Nullable Boolean nullsFirst) {

	public IndexKey {
		Assert.isTrue((column == null) != (expression == null), "An index key is either a column or an expression");
		Assert.isTrue(column == null || !column.isBlank(), "'column' must not be blank");
		Assert.isTrue(expression == null || !expression.isBlank(), "'expression' must not be blank");
	}

	/**
	 * A key that sorts nulls as the database does by default.
	 * @param column the indexed column, or {@code null} for an expression key
	 * @param expression the expression of an expression key, or {@code null}
	 * @param descending whether the key sorts in descending order
	 * @param prefixLength the number of leading characters indexed, or {@code null}
	 */
	public IndexKey(@Nullable String column, @Nullable String expression, boolean descending,
			@Nullable Integer prefixLength) {
		this(column, expression, descending, prefixLength, null);
	}

	/**
	 * An ascending key on a whole column.
	 * @param column the column
	 * @return the key
	 */
	public static IndexKey column(String column) {
		return new IndexKey(column, null, false, null);
	}

	/**
	 * An ascending expression key.
	 * @param expression the canonical expression text
	 * @return the key
	 */
	public static IndexKey expression(String expression) {
		return new IndexKey(null, expression, false, null);
	}

	/**
	 * This key in descending order.
	 * @return a new key
	 */
	public IndexKey desc() {
		return new IndexKey(this.column, this.expression, true, this.prefixLength, this.nullsFirst);
	}

	/**
	 * This key with nulls sorted first or last against the database's default.
	 * @param nullsFirst whether nulls sort first
	 * @return a new key
	 */
	public IndexKey withNullsFirst(boolean nullsFirst) {
		return new IndexKey(this.column, this.expression, this.descending, this.prefixLength, nullsFirst);
	}

	/**
	 * Whether this key is an expression rather than a column.
	 * @return {@code true} for an expression key
	 */
	public boolean isExpression() {
		return this.expression != null;
	}

}
