package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * That a table or column of the current schema is the one of the desired schema under a
 * new name, so the differ renames it instead of dropping it and adding a new one.
 *
 * @param table for a table rename, {@code null}; for a column rename, the table as the
 * desired schema names it
 * @param from the current name
 * @param to the desired name
 * @param origin where the hint was declared, for messages, such as
 * {@code @RenamedFrom on com.example.Account.fullName}, or {@code null}
 */
public record RenameHint(@Nullable String table, String from, String to, @Nullable String origin) {

	public RenameHint {
		Assert.isTrue(table == null || !table.isBlank(), "'table' must not be blank");
		Assert.hasText(from, "'from' must not be empty");
		Assert.hasText(to, "'to' must not be empty");
		Assert.isTrue(!from.equals(to), () -> "A rename needs a new name, not '" + to + "' again");
	}

	/**
	 * A hint declared nowhere in particular.
	 * @param table for a table rename, {@code null}; for a column rename, the table as
	 * the desired schema names it
	 * @param from the current name
	 * @param to the desired name
	 */
	public RenameHint(@Nullable String table, String from, String to) {
		this(table, from, to, null);
	}

	/**
	 * This hint, declared at a place.
	 * @param origin where the hint was declared, for messages
	 * @return the hint
	 */
	public RenameHint declaredAt(String origin) {
		return new RenameHint(this.table, this.from, this.to, origin);
	}

	/**
	 * A table rename.
	 * @param from the current table name
	 * @param to the desired table name
	 * @return the hint
	 */
	public static RenameHint table(String from, String to) {
		return new RenameHint(null, from, to);
	}

	/**
	 * A column rename.
	 * @param table the table, as the desired schema names it
	 * @param from the current column name
	 * @param to the desired column name
	 * @return the hint
	 */
	public static RenameHint column(String table, String from, String to) {
		return new RenameHint(table, from, to);
	}

	/**
	 * Whether this hint renames a column.
	 * @return {@code true} for a column, {@code false} for a table
	 */
	public boolean isColumn() {
		return this.table != null;
	}

	/**
	 * The hint as users write it: {@code table old -> new} or
	 * {@code column table.old -> new}.
	 * @return the hint
	 */
	@Override
	public String toString() {
		return isColumn() ? "column " + this.table + "." + this.from + " -> " + this.to
				: "table " + this.from + " -> " + this.to;
	}

}
