package dev.migrate.runtime;

import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.graph.VersionChange;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.varchar;

/**
 * The SQL of the version table: one row per applied head, as in Alembic, with a column
 * wide enough for {@value Revision#MAX_ID_LENGTH}-character revision ids.
 */
final class VersionTable {

	private final Dialect dialect;

	private final TableName table;

	VersionTable(Dialect dialect, TableName table) {
		this.dialect = dialect;
		this.table = table;
	}

	TableName name() {
		return this.table;
	}

	List<String> create() {
		return OperationRendering.render(this.dialect, (op) -> op.createTable(this.table.qualified(),
				column("version_num", varchar(Revision.MAX_ID_LENGTH)).notNull().primaryKey()));
	}

	String selectRows() {
		return "SELECT version_num FROM " + this.table.sql(this.dialect);
	}

	/**
	 * Render a version-row change the way Alembic writes it, so offline scripts read the
	 * same.
	 */
	String statementFor(VersionChange change) {
		String table = this.table.sql(this.dialect);
		String column = this.dialect.quote(this.table.name()) + ".version_num";
		if (change instanceof VersionChange.Insert insert) {
			return "INSERT INTO " + table + " (version_num) VALUES (" + literal(insert.revision()) + ")";
		}
		if (change instanceof VersionChange.Update update) {
			return "UPDATE " + table + " SET version_num=" + literal(update.to()) + " WHERE " + column + " = "
					+ literal(update.from());
		}
		if (change instanceof VersionChange.Delete delete) {
			return "DELETE FROM " + table + " WHERE " + column + " = " + literal(delete.revision());
		}
		return "DELETE FROM " + table;
	}

	private String literal(String value) {
		return this.dialect.literal(value);
	}

}
