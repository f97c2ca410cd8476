package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A column of a table.
 *
 * @param name the column name
 * @param type the type
 * @param nullable whether the column accepts {@code NULL}
 * @param defaultValue the server default as the database's canonical expression text,
 * such as {@code 'x'::character varying} or {@code now()} on PostgreSQL; {@code null} for
 * none (also for the sequence default of a serial column)
 * @param identity how the database generates the values, or {@code null}
 * @param generated the expression of a computed column, or {@code null}
 * @param collation the collation when it differs from the default of its type or table,
 * or {@code null}
 * @param comment the comment, or {@code null} for none
 * @param onUpdate the expression the database stores on every update of the row (MariaDB
 * and H2 {@code ON UPDATE}), or {@code null}
 */
public record Column(String name, ColumnType type, boolean nullable, @Nullable String defaultValue,
		@Nullable Identity identity, @Nullable GeneratedValue generated, @Nullable String collation,
		@Nullable String comment, @Nullable String onUpdate) {

	public Column {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(type, "'type' must not be null");
	}

	/**
	 * A column without {@code ON UPDATE} expression.
	 * @param name the column name
	 * @param type the type
	 * @param nullable whether the column accepts {@code NULL}
	 * @param defaultValue the server default, or {@code null}
	 * @param identity how the database generates the values, or {@code null}
	 * @param generated the expression of a computed column, or {@code null}
	 * @param collation the collation, or {@code null}
	 * @param comment the comment, or {@code null}
	 */
	public Column(String name, ColumnType type, boolean nullable, @Nullable String defaultValue,
			@Nullable Identity identity, @Nullable GeneratedValue generated, @Nullable String collation,
			@Nullable String comment) {
		this(name, type, nullable, defaultValue, identity, generated, collation, comment, null);
	}

	/**
	 * A nullable plain column: no default, identity, computed value, collation or
	 * comment.
	 * @param name the column name
	 * @param type the type
	 * @return the column
	 */
	public static Column of(String name, ColumnType type) {
		return new Column(name, type, true, null, null, null, null, null);
	}

	/**
	 * Whether the database generates the values of this column.
	 * @return {@code true} for an identity, auto-increment or serial column
	 */
	public boolean isIdentity() {
		return this.identity != null;
	}

}
