package dev.migrate.lint;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a rule knows besides the change: the dialect, whether the revision runs in a
 * transaction, and the tables the revision created before the change (a change to those
 * cannot hurt existing rows or readers).
 */
public final class LintContext {

	private final String dialectName;

	private final boolean transactional;

	private final Set<String> createdTables = new HashSet<>();

	LintContext(String dialectName, boolean transactional) {
		this.dialectName = dialectName;
		this.transactional = transactional;
	}

	/**
	 * Whether the revision runs in a transaction.
	 * @return {@code true} unless the revision is declared non-transactional
	 */
	public boolean isTransactional() {
		return this.transactional;
	}

	/**
	 * Whether the revision is linted for the dialect of this name.
	 * @param name a dialect name such as {@code postgresql}
	 * @return {@code true} for that dialect
	 */
	public boolean isDialect(String name) {
		return this.dialectName.equals(name);
	}

	/**
	 * Whether the table existed before the revision: it was not created earlier in it.
	 * @param table the table name, optionally quoted or qualified by a schema
	 * @return {@code true} for a table that may hold rows and have readers
	 */
	public boolean isExisting(String table) {
		return !this.createdTables.contains(key(table));
	}

	/**
	 * Take note of a change once the rules have seen it: a created table, or a renamed
	 * one that was created in the revision, is new for the changes after it.
	 */
	void record(Change change) {
		if (change instanceof Change.CreatedTable created) {
			this.createdTables.add(key(created.table()));
		}
		else if (change instanceof Change.RenamedTable renamed && !isExisting(renamed.table())) {
			this.createdTables.add(key(renamed.newName()));
		}
	}

	private static String key(String table) {
		return table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
	}

}
