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
	 */
	record AddedColumn(String table, String column, boolean notNull, @Nullable String defaultValue,
			boolean generated) implements Change {

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
	 */
	record AddedConstraint(String table, ConstraintKind kind, boolean notValid) implements Change {

		@Override
		public String describe() {
			return "add " + this.kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to " + this.table;
		}

	}

}
