package dev.migrate.runtime;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;

import org.jspecify.annotations.Nullable;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.varchar;

/**
 * The SQL of the history table: one row per step that ran or failed, with who ran it,
 * when, for how long and the checksum of the script. A step that runs outside a
 * transaction has a row from its start: without an execution time and not successful
 * until the step ends (see {@link HistoryJournal}).
 * <p>
 * Each row counts the statements the step ran ({@code statements_run}) and those a
 * failure left in the database ({@code statements_left_behind}). Tables created before
 * migrate recorded the first have the second under the name {@code statements_run};
 * {@link #upgrade} renames it and adds the new column, and {@link #read} reads both
 * layouts, so that a table not upgraded yet can still be read.
 */
final class HistoryTable {

	static final String STATEMENTS_RUN = "statements_run";

	static final String STATEMENTS_LEFT_BEHIND = "statements_left_behind";

	private final Dialect dialect;

	private final TableName table;

	HistoryTable(Dialect dialect, TableName table) {
		this.dialect = dialect;
		this.table = table;
	}

	TableName name() {
		return this.table;
	}

	List<String> create() {
		return OperationRendering.render(this.dialect,
				(op) -> op.createTable(this.table.qualified(), column("id", BIGINT).identity().primaryKey(),
						column("revision", varchar(Revision.MAX_ID_LENGTH)), column("direction", varchar(16)).notNull(),
						column("heads_before", TEXT), column("heads_after", TEXT), column("checksum", varchar(64)),
						column("applied_at", TIMESTAMP_TZ).notNull().defaultValue("CURRENT_TIMESTAMP"),
						column("applied_by", varchar(128)).notNull(), column("execution_ms", BIGINT),
						column("success", BOOLEAN).notNull(), column(STATEMENTS_RUN, INTEGER),
						column(STATEMENTS_LEFT_BEHIND, INTEGER).notNull(), column("message", TEXT)));
	}

	/**
	 * The statements that bring a table of an older layout to this one: the column that
	 * counted the statements a failure left behind, named {@code statements_run} then, is
	 * renamed, and a {@code statements_run} column is added, empty in the older rows.
	 * Each statement stands on its own, so that a run that stops between them leaves a
	 * table the next run finishes.
	 * @param columns the table's columns, lower case
	 * @return the statements, none for a table of this layout
	 */
	List<String> upgrade(Set<String> columns) {
		return OperationRendering.render(this.dialect, (op) -> {
			if (!columns.contains(STATEMENTS_LEFT_BEHIND)) {
				op.renameColumn(this.table.qualified(), STATEMENTS_RUN, STATEMENTS_LEFT_BEHIND);
				op.addColumn(this.table.qualified(), column(STATEMENTS_RUN, INTEGER));
			}
			else if (!columns.contains(STATEMENTS_RUN)) {
				op.addColumn(this.table.qualified(), column(STATEMENTS_RUN, INTEGER));
			}
		});
	}

	/**
	 * A query that returns no row, to read the table's columns from its metadata.
	 */
	String selectNoRows() {
		return "SELECT * FROM " + this.table.sql(this.dialect) + " WHERE 1 = 0";
	}

	String insert(HistoryRecord record) {
		return "INSERT INTO " + this.table.sql(this.dialect)
				+ " (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, "
				+ STATEMENTS_RUN + ", " + STATEMENTS_LEFT_BEHIND + ", message) VALUES (" + literal(record.revision())
				+ ", " + literal(record.direction()) + ", " + literal(String.join(",", record.headsBefore())) + ", "
				+ literal(String.join(",", record.headsAfter())) + ", " + literal(record.checksum())
				+ ", CURRENT_USER, " + literal(record.executionMillis()) + ", " + literal(record.success()) + ", "
				+ literal(record.statementsRun()) + ", " + literal(record.statementsLeftBehind()) + ", "
				+ literal(record.message()) + ")";
	}

	/**
	 * The statement that records how far a started step got: outside a transaction, the
	 * statements that completed are also those left behind.
	 */
	String progress(long id, int completed, String message) {
		return "UPDATE " + this.table.sql(this.dialect) + " SET " + STATEMENTS_RUN + " = " + literal(completed) + ", "
				+ STATEMENTS_LEFT_BEHIND + " = " + literal(completed) + ", message = " + literal(message)
				+ " WHERE id = " + id;
	}

	String delete(long id) {
		return "DELETE FROM " + this.table.sql(this.dialect) + " WHERE id = " + id;
	}

	String selectLastId() {
		return "SELECT MAX(id) FROM " + this.table.sql(this.dialect);
	}

	String selectAll() {
		return "SELECT * FROM " + this.table.sql(this.dialect) + " ORDER BY id";
	}

	/**
	 * Select the rows that record a script's checksum, oldest first: successful upgrades,
	 * and repairs that accepted an edited script.
	 */
	String selectChecksums() {
		return "SELECT revision, checksum, applied_at FROM " + this.table.sql(this.dialect) + " WHERE success = "
				+ literal(true) + " AND revision IS NOT NULL AND checksum IS NOT NULL"
				+ " AND direction IN ('upgrade', 'repair') ORDER BY id";
	}

	String selectLatest() {
		return "SELECT * FROM " + this.table.sql(this.dialect) + " ORDER BY id DESC";
	}

	/**
	 * Read the rows of {@link #selectAll()} or {@link #selectLatest()}, of either layout.
	 * @param result the rows
	 * @param limit how many to read at most
	 */
	List<HistoryEntry> read(ResultSet result, int limit) throws SQLException {
		Set<String> columns = columns(result.getMetaData());
		boolean renamed = columns.contains(STATEMENTS_LEFT_BEHIND);
		boolean counted = renamed && columns.contains(STATEMENTS_RUN);
		List<HistoryEntry> entries = new ArrayList<>();
		while (entries.size() < limit && result.next()) {
			entries.add(read(result, renamed, counted));
		}
		return entries;
	}

	private HistoryEntry read(ResultSet row, boolean renamed, boolean counted) throws SQLException {
		long millis = row.getLong("execution_ms");
		Duration executionTime = row.wasNull() ? null : Duration.ofMillis(millis);
		Integer statementsRun = counted ? row.getObject(STATEMENTS_RUN, Integer.class) : null;
		int leftBehind = row.getInt(renamed ? STATEMENTS_LEFT_BEHIND : STATEMENTS_RUN);
		return new HistoryEntry(row.getLong("id"), row.getString("revision"), row.getString("direction"),
				heads(row.getString("heads_before")), heads(row.getString("heads_after")), row.getString("checksum"),
				row.getObject("applied_at", OffsetDateTime.class), row.getString("applied_by"), executionTime,
				row.getBoolean("success"), statementsRun, leftBehind, row.getString("message"));
	}

	/**
	 * The names of a result's columns, lower case.
	 */
	static Set<String> columns(ResultSetMetaData metaData) throws SQLException {
		Set<String> columns = new HashSet<>();
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			columns.add(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT));
		}
		return columns;
	}

	private static List<String> heads(@Nullable String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	private String literal(@Nullable Object value) {
		return this.dialect.literal(value);
	}

}
