package dev.migrate.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.script.DdlTimeouts;

import org.jspecify.annotations.Nullable;

/**
 * What a rule knows besides the change: the dialect and server version, whether the
 * revision runs in a transaction and with which DDL timeouts, the changes the revision
 * made before this one, and the tables it created (a change to those cannot hurt existing
 * rows or readers).
 */
public final class LintContext {

	private final String dialectName;

	private final @Nullable ServerVersion serverVersion;

	private final boolean transactional;

	private final DdlTimeouts timeouts;

	private final Set<String> createdTables = new HashSet<>();

	private final List<Change> earlier = new ArrayList<>();

	LintContext(String dialectName, @Nullable ServerVersion serverVersion, boolean transactional,
			DdlTimeouts timeouts) {
		this.dialectName = dialectName;
		this.serverVersion = serverVersion;
		this.transactional = transactional;
		this.timeouts = timeouts;
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
	 * The version of the server, when the revisions are linted against a database.
	 * @return the version, or {@code null} offline
	 */
	public @Nullable ServerVersion serverVersion() {
		return this.serverVersion;
	}

	/**
	 * The DDL timeouts the revision runs with: its own over the configured ones.
	 * @return the timeouts
	 */
	public DdlTimeouts timeouts() {
		return this.timeouts;
	}

	/**
	 * The changes of the revision before the one checked, in order.
	 * @return the earlier changes
	 */
	public List<Change> earlier() {
		return List.copyOf(this.earlier);
	}

	/**
	 * Whether the revision set a session setting earlier, such as
	 * {@code foreign_key_checks}.
	 * @param name the setting, lower case
	 * @param value the value that counts, compared ignoring case and quotes
	 * @return {@code true} when the latest earlier setting of that name has that value
	 */
	public boolean hasSetting(String name, String value) {
		String latest = null;
		for (Change change : this.earlier) {
			if (change instanceof Change.SessionSetting setting && setting.name().equals(name)) {
				latest = setting.value().replace("'", "");
			}
		}
		return latest != null && latest.equalsIgnoreCase(value);
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
	 * Whether two table names, as written, are the same table.
	 * @param table one name, optionally quoted or qualified by a schema
	 * @param other the other name
	 * @return {@code true} for the same table
	 */
	public static boolean isSameTable(String table, String other) {
		return key(table).equals(key(other));
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
		this.earlier.add(change);
	}

	private static String key(String table) {
		return table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
	}

}
