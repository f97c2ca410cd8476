package dev.migrate.runtime;

import java.nio.file.Path;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the statement counts of the history table, and for history tables created by
 * versions of migrate that counted only the statements a failure left behind, in a column
 * named {@code statements_run}.
 */
class HistoryStatementCountTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void historyCountsTheStatementsEachStepRanAndThoseAFailureLeftBehind(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			Migrator migrator = migrator(database,
					scripts()
						.write("a1a1a1a1", "",
								"CREATE TABLE account (id INT PRIMARY KEY);\n"
										+ "CREATE TABLE tag (id INT PRIMARY KEY)",
								"DROP TABLE tag;\nDROP TABLE account")
						.write("b2b2b2b2", "a1a1a1a1",
								"CREATE TABLE half (id INT PRIMARY KEY);\nINSERT INTO nosuch VALUES (1)",
								"DROP TABLE half"));
			assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"));
			List<HistoryEntry> history = migrator.history();
			assertThat(history).hasSize(2);
			assertThat(history.get(0).statementsRun()).isEqualTo(2);
			assertThat(history.get(0).statementsLeftBehind()).isZero();
			HistoryEntry failure = history.get(1);
			assertThat(failure.success()).isFalse();
			assertThat(failure.statementsRun()).isOne();
			assertThat(failure.statementsLeftBehind()).isEqualTo((kind == DatabaseKind.POSTGRESQL) ? 0 : 1);
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void historyTableOfAnOlderVersionIsReadAsItIsAndUpgradedByTheNextRun(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			Migrator migrator = migrator(database,
					scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account")
						.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag"));
			migrator.upgrade("a1a1a1a1");
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			jdbc.sql("DROP TABLE migrate_history").update();
			OperationRendering.render(dialect(kind), HistoryStatementCountTests::olderHistoryTable)
				.forEach((sql) -> jdbc.sql(sql).update());
			jdbc.sql("INSERT INTO migrate_history (revision, direction, heads_before, heads_after, applied_by,"
					+ " execution_ms, success, statements_run, message) VALUES ('a1a1a1a1', 'upgrade', '', 'a1a1a1a1',"
					+ " 'older', 5, FALSE, 1, 'left one behind')")
				.update();

			HistoryEntry older = migrator.history().get(0);
			assertThat(older.statementsLeftBehind()).isOne();
			assertThat(older.statementsRun()).isNull();

			migrator.repair();
			migrator.upgrade("heads");
			List<HistoryEntry> history = migrator.history();
			assertThat(history).extracting(HistoryEntry::direction).containsExactly("upgrade", "repair", "upgrade");
			assertThat(history.get(0).statementsLeftBehind()).isOne();
			assertThat(history.get(0).statementsRun()).isNull();
			assertThat(history.get(2).statementsRun()).isOne();
			assertThat(history.get(2).statementsLeftBehind()).isZero();
			assertThat(jdbc
				.sql("SELECT statements_left_behind FROM migrate_history WHERE revision = 'a1a1a1a1'"
						+ " AND direction = 'upgrade'")
				.query(Integer.class)
				.single()).isOne();
			assertThat(migrator.current()).containsExactly("b2b2b2b2");
		}
	}

	/**
	 * The history table as versions before the statement counts created it.
	 */
	private static void olderHistoryTable(dev.migrate.ops.Operations op) {
		op.createTable("migrate_history", column("id", BIGINT).identity().primaryKey(), column("revision", varchar(32)),
				column("direction", varchar(16)).notNull(), column("heads_before", TEXT), column("heads_after", TEXT),
				column("checksum", varchar(64)),
				column("applied_at", TIMESTAMP_TZ).notNull().defaultValue("CURRENT_TIMESTAMP"),
				column("applied_by", varchar(128)).notNull(), column("execution_ms", BIGINT),
				column("success", BOOLEAN).notNull(), column("statements_run", INTEGER).notNull(),
				column("message", TEXT));
	}

	private static Dialect dialect(DatabaseKind kind) {
		return Dialects.byName(kind.name().toLowerCase(java.util.Locale.ROOT));
	}

	private ScriptFiles scripts() {
		return new ScriptFiles(this.directory);
	}

	private static Migrator migrator(TestDatabase database, ScriptFiles scripts) {
		return Migrator.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
	}

}
