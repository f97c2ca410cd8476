package dev.migrate.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

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
 */
final class HistoryTable {

	private static final String COLUMNS = "id, revision, direction, heads_before, heads_after, checksum, "
			+ "applied_at, applied_by, execution_ms, success, statements_run, message";

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
						column("success", BOOLEAN).notNull(), column("statements_run", INTEGER).notNull(),
						column("message", TEXT)));
	}

	String insert(HistoryRecord record) {
		return "INSERT INTO " + this.table.sql(this.dialect)
				+ " (revision, direction, heads_before, heads_after, checksum, applied_by, execution_ms, success, "
				+ "statements_run, message) VALUES (" + literal(record.revision()) + ", " + literal(record.direction())
				+ ", " + literal(String.join(",", record.headsBefore())) + ", "
				+ literal(String.join(",", record.headsAfter())) + ", " + literal(record.checksum())
				+ ", CURRENT_USER, " + literal(record.executionMillis()) + ", " + literal(record.success()) + ", "
				+ literal(record.statementsLeftBehind()) + ", " + literal(record.message()) + ")";
	}

	/**
	 * The statement that records how far a started step got.
	 */
	String progress(long id, int statementsLeftBehind, String message) {
		return "UPDATE " + this.table.sql(this.dialect) + " SET statements_run = " + literal(statementsLeftBehind)
				+ ", message = " + literal(message) + " WHERE id = " + id;
	}

	String delete(long id) {
		return "DELETE FROM " + this.table.sql(this.dialect) + " WHERE id = " + id;
	}

	String selectLastId() {
		return "SELECT MAX(id) FROM " + this.table.sql(this.dialect);
	}

	String selectAll() {
		return "SELECT " + COLUMNS + " FROM " + this.table.sql(this.dialect) + " ORDER BY id";
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
		return "SELECT " + COLUMNS + " FROM " + this.table.sql(this.dialect) + " ORDER BY id DESC";
	}

	HistoryEntry read(ResultSet row) throws SQLException {
		long millis = row.getLong("execution_ms");
		Duration executionTime = row.wasNull() ? null : Duration.ofMillis(millis);
		return new HistoryEntry(row.getLong("id"), row.getString("revision"), row.getString("direction"),
				heads(row.getString("heads_before")), heads(row.getString("heads_after")), row.getString("checksum"),
				row.getObject("applied_at", OffsetDateTime.class), row.getString("applied_by"), executionTime,
				row.getBoolean("success"), row.getInt("statements_run"), row.getString("message"));
	}

	private static List<String> heads(@Nullable String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(","));
	}

	private String literal(@Nullable Object value) {
		return this.dialect.literal(value);
	}

}
