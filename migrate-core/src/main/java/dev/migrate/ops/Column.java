package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A column definition. Start with {@link #column(String, SqlType)} and refine it with the
 * withers, each of which returns a new column: <pre class="code">
 * column("id", BIGINT).identity().primaryKey()
 * column("email", varchar(255)).notNull().unique()
 * column("created_at", TIMESTAMP_TZ).notNull().defaultValue("CURRENT_TIMESTAMP")
 * </pre>
 *
 * @param name the column name
 * @param type the column type
 * @param isNullable whether the column accepts {@code NULL}
 * @param defaultValue the server default, an SQL expression such as {@code 0},
 * {@code 'draft'} or {@code CURRENT_TIMESTAMP}
 * @param isIdentity whether the database generates the values (an identity or
 * auto-increment column)
 * @param isPrimaryKey whether the column alone is the primary key of its table
 * @param isUnique whether the column alone carries a unique constraint
 * @param comment the column comment
 */
public record Column(String name, SqlType type, boolean isNullable, @Nullable String defaultValue, boolean isIdentity,
		boolean isPrimaryKey, boolean isUnique, @Nullable String comment) implements TableElement {

	public Column {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(type, "'type' must not be null");
		Assert.isTrue(!(isPrimaryKey && isNullable), () -> "Primary key column '" + name + "' cannot be nullable");
		Assert.isTrue(!(isIdentity && defaultValue != null),
				() -> "Identity column '" + name + "' cannot have a default value");
	}

	/**
	 * A nullable column without default.
	 * @param name the column name
	 * @param type the column type
	 * @return the column
	 */
	public static Column column(String name, SqlType type) {
		return new Column(name, type, true, null, false, false, false, null);
	}

	/**
	 * This column, not accepting {@code NULL}.
	 * @return a new column
	 */
	public Column notNull() {
		return new Column(this.name, this.type, false, this.defaultValue, this.isIdentity, this.isPrimaryKey,
				this.isUnique, this.comment);
	}

	/**
	 * This column, accepting {@code NULL} (the default).
	 * @return a new column
	 */
	public Column nullable() {
		return new Column(this.name, this.type, true, this.defaultValue, this.isIdentity, false, this.isUnique,
				this.comment);
	}

	/**
	 * This column with a server default.
	 * @param sqlExpression the default as an SQL expression, such as {@code 0},
	 * {@code 'draft'} or {@code CURRENT_TIMESTAMP}
	 * @return a new column
	 */
	public Column defaultValue(String sqlExpression) {
		Assert.hasText(sqlExpression, "'sqlExpression' must not be empty");
		return new Column(this.name, this.type, this.isNullable, sqlExpression, this.isIdentity, this.isPrimaryKey,
				this.isUnique, this.comment);
	}

	/**
	 * This column as an identity column, whose values the database generates.
	 * @return a new column
	 */
	public Column identity() {
		return new Column(this.name, this.type, this.isNullable, this.defaultValue, true, this.isPrimaryKey,
				this.isUnique, this.comment);
	}

	/**
	 * This column as the primary key of its table; implies {@link #notNull()}.
	 * @return a new column
	 */
	public Column primaryKey() {
		return new Column(this.name, this.type, false, this.defaultValue, this.isIdentity, true, this.isUnique,
				this.comment);
	}

	/**
	 * This column with a unique constraint of its own.
	 * @return a new column
	 */
	public Column unique() {
		return new Column(this.name, this.type, this.isNullable, this.defaultValue, this.isIdentity, this.isPrimaryKey,
				true, this.comment);
	}

	/**
	 * This column with a comment.
	 * @param comment the comment
	 * @return a new column
	 */
	public Column comment(String comment) {
		return new Column(this.name, this.type, this.isNullable, this.defaultValue, this.isIdentity, this.isPrimaryKey,
				this.isUnique, comment);
	}

}
