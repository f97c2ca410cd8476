package dev.migrate.lint;

import java.util.Locale;

import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.SqlType;

import org.jspecify.annotations.Nullable;

/**
 * A schema change as the linter sees it, read from a Java migration's operations or from
 * a SQL statement. A SQL statement says less than an operation: what the column was
 * before a type change, for one, is unknown there.
 */
public sealed interface Change {

	/**
	 * The table the change is made to.
	 * @return the table name as written
	 */
	String table();

	/**
	 * The change in a few words, such as {@code drop column account.email}.
	 * @return the description
	 */
	String describe();

	/**
	 * A table created.
	 *
	 * @param table the table name
	 */
	record CreatedTable(String table) implements Change {

		@Override
		public String describe() {
			return "create table " + this.table;
		}

	}

	/**
	 * A table dropped.
	 *
	 * @param table the table name
	 */
	record DroppedTable(String table) implements Change {

		@Override
		public String describe() {
			return "drop table " + this.table;
		}

	}

	/**
	 * A table renamed.
	 *
	 * @param table the old name
	 * @param newName the new name
	 */
	record RenamedTable(String table, String newName) implements Change {

		@Override
		public String describe() {
			return "rename table " + this.table + " to " + this.newName;
		}

	}

	/**
	 * A column added.
	 *
	 * @param table the table name
	 * @param column the column name
	 * @param notNull whether the column rejects {@code NULL}
	 * @param defaultValue the server default as an SQL expression, or {@code null}
	 * @param generated whether the database fills the column itself (identity,
	 * auto-increment, serial or a generated expression)
	 * @param stored whether it is a generated column whose value is stored in each row
	 */
	record AddedColumn(String table, String column, boolean notNull, @Nullable String defaultValue, boolean generated,
			boolean stored) implements Change {

		@Override
		public String describe() {
			return "add column " + this.table + "." + this.column;
		}

	}

	/**
	 * A column dropped.
	 *
	 * @param table the table name
	 * @param column the column name
	 */
	record DroppedColumn(String table, String column) implements Change {

		@Override
		public String describe() {
			return "drop column " + this.table + "." + this.column;
		}

	}

	/**
	 * A column renamed.
	 *
	 * @param table the table name
	 * @param column the old name
	 * @param newName the new name
	 */
	record RenamedColumn(String table, String column, String newName) implements Change {

		@Override
		public String describe() {
			return "rename column " + this.table + "." + this.column + " to " + this.newName;
		}

	}

	/**
	 * A column's type changed.
	 *
	 * @param table the table name
	 * @param column the column name
	 * @param from the type before, or {@code null} when unknown
	 * @param to the new type, or {@code null} when it is only known as text
	 * @param toText the new type as written
	 */
	record ChangedType(String table, String column, @Nullable SqlType from, @Nullable SqlType to,
			String toText) implements Change {

		@Override
		public String describe() {
			return "change type of " + this.table + "." + this.column + " to " + this.toText;
		}

	}

	/**
	 * An existing column made {@code NOT NULL}.
	 *
	 * @param table the table name
	 * @param column the column name
	 */
	record SetNotNull(String table, String column) implements Change {

		@Override
		public String describe() {
			return "set not null on " + this.table + "." + this.column;
		}

	}

	/**
	 * An index created.
	 *
	 * @param table the table name
	 * @param name the index name, or {@code null} when the database names it
	 * @param concurrently whether it is built without blocking writes (PostgreSQL's
	 * {@code CONCURRENTLY})
	 */
	record CreatedIndex(String table, @Nullable String name, boolean concurrently) implements Change {

		@Override
		public String describe() {
			return "create index " + ((this.name != null) ? this.name + " " : "") + "on " + this.table;
		}

	}

	/**
	 * A constraint added to a table.
	 *
	 * @param table the table name
	 * @param kind the kind of constraint
	 * @param notValid whether existing rows are left unchecked (PostgreSQL's
	 * {@code NOT VALID})
	 * @param usingIndex whether a unique or primary key constraint takes over an index
	 * built before ({@code USING INDEX})
	 */
	record AddedConstraint(String table, ConstraintKind kind, boolean notValid, boolean usingIndex) implements Change {

		@Override
		public String describe() {
			return "add " + this.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to " + this.table;
		}

	}

	/**
	 * A constraint added {@code NOT VALID} earlier checked against the existing rows.
	 *
	 * @param table the table name
	 * @param name the constraint name
	 */
	record ValidatedConstraint(String table, String name) implements Change {

		@Override
		public String describe() {
			return "validate constraint " + this.name + " on " + this.table;
		}

	}

	/**
	 * A table's primary key dropped.
	 *
	 * @param table the table name
	 */
	record DroppedPrimaryKey(String table) implements Change {

		@Override
		public String describe() {
			return "drop primary key of " + this.table;
		}

	}

	/**
	 * Rows updated or deleted by one statement.
	 *
	 * @param table the table name
	 * @param batched whether the statement is limited to some rows ({@code WHERE} or
	 * {@code LIMIT}); {@code false} when it changes every row of the table at once
	 */
	record ChangedRows(String table, boolean batched) implements Change {

		@Override
		public String describe() {
			return "change every row of " + this.table + " in one statement";
		}

	}

	/**
	 * A setting of the migration's session, such as {@code lock_timeout} or
	 * {@code foreign_key_checks}; it concerns no table.
	 *
	 * @param name the setting, lower case
	 * @param value the value as written
	 */
	record SessionSetting(String name, String value) implements Change {

		@Override
		public String table() {
			return "";
		}

		@Override
		public String describe() {
			return "set " + this.name + " to " + this.value;
		}

	}

}
