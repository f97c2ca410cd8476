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
 */
public record IndexKey(@Nullable String column, @Nullable String expression, boolean descending,
		@Nullable Integer prefixLength) {

	public IndexKey {
		Assert.isTrue((column == null) != (expression == null), "An index key is either a column or an expression");
		Assert.isTrue(column == null || !column.isBlank(), "'column' must not be blank");
		Assert.isTrue(expression == null || !expression.isBlank(), "'expression' must not be blank");
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
		return new IndexKey(this.column, this.expression, true, this.prefixLength);
	}

	/**
	 * Whether this key is an expression rather than a column.
	 * @return {@code true} for an expression key
	 */
	public boolean isExpression() {
		return this.expression != null;
	}

}
