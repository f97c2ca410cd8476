package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One key of an index: a column or an SQL expression, in ascending or descending order.
 * <pre class="code">
 * asc("email")
 * desc("created_at")
 * expression("lower(email)")
 * </pre>
 *
 * @param column the indexed column, or {@code null} for an expression
 * @param expression the indexed SQL expression, written without the parentheses around
 * it, or {@code null} for a column
 * @param descending whether the key sorts in descending order
 */
public record IndexColumn(@Nullable String column, @Nullable String expression, boolean descending) {

	public IndexColumn {
		Assert.isTrue((column == null) != (expression == null), "An index key is either a column or an expression");
		Assert.isTrue(column == null || !column.isBlank(), "'column' must not be blank");
		Assert.isTrue(expression == null || !expression.isBlank(), "'expression' must not be blank");
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
		return new IndexColumn(this.column, this.expression, true);
	}

	/**
	 * Whether this key is a whole column in ascending order, what a list of column names
	 * gives.
	 * @return {@code true} for a plain column
	 */
	public boolean isPlain() {
		return this.column != null && !this.descending;
	}

}
