package dev.migrate.runtime;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.MigrationScript;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.DatabaseServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StepExecutor}: online and offline runs of one plan make the same calls
 * on their sinks, on PostgreSQL.
 */
class StepExecutorTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void onlineAndOfflineRunsMakeTheSameSinkCalls(TransactionMode mode) throws Exception {
		ScriptFiles scripts = new ScriptFiles(this.directory)
			.write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, email TEXT)", "DROP TABLE account")
			.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
		Files.writeString(scripts.path("b2b2b2b2"),
				"-- revision: b2b2b2b2\n-- revises: a1a1a1a1\n-- transactional: false\n\n-- upgrade\n"
						+ "CREATE INDEX CONCURRENTLY ix_account_email ON account (email);\n\n-- downgrade\n"
						+ "DROP INDEX ix_account_email;\n");
		Migrator migrator = Migrator.configure().locations(scripts.location()).dialect("postgresql").load();
		Dialect dialect = Dialects.byName("postgresql");
		RunContext context = context(migrator, dialect, mode);
		MigrationPlan plan = new MigrationPlanner(migrator.graph()).upgrade(List.of(), "heads");
		RecordingStatementSink online;
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
				Connection connection = database.openConnection()) {
			context.store().createMissingTables(connection);
			online = new RecordingStatementSink(new JdbcStatementSink(connection));
			new StepExecutor(context, online, new HistoryJournal(connection, context), List.of()).run(plan);
			assertThat(migrator(database, scripts).current()).containsExactly("c3c3c3c3");
		}
		RecordingStatementSink offline = new RecordingStatementSink(new WriterStatementSink(new StringWriter(), true));
		new StepExecutor(context, offline, StepJournal.NONE, List.of()).run(plan);
		assertThat(withoutTimes(online.calls())).isEqualTo(offline.calls());
		List<String> expected = (mode == TransactionMode.SINGLE)
				? List.of("comment -> a1a1a1a1", "begin", "statement", "version", "history", "comment -> b2b2b2b2",
						"commit", "statement", "begin", "version", "history", "commit", "comment -> c3c3c3c3", "begin",
						"statement", "version", "history", "commit")
				: List.of("comment -> a1a1a1a1", "begin", "statement", "version", "history", "commit",
						"comment -> b2b2b2b2", "statement", "begin", "version", "history", "commit",
						"comment -> c3c3c3c3", "begin", "statement", "version", "history", "commit");
		assertThat(offline.calls()).map(StepExecutorTests::kind).isEqualTo(expected);
	}

	private static RunContext context(Migrator migrator, Dialect dialect, TransactionMode mode) {
		Map<String, MigrationScript> scripts = new HashMap<>();
		migrator.scripts().forEach((script) -> scripts.put(script.revision().id(), script));
		VersionStore store = new VersionStore(new VersionTable(dialect, new TableName(null, "migrate_version")),
				new HistoryTable(dialect, new TableName(null, "migrate_history")));
		return RunContext.of(dialect, store, scripts,
				new ScriptApplier(dialect, StepExecutorTests.class.getClassLoader(), List.of()), mode,
				DdlTimeouts.NONE);
	}

	private static Migrator migrator(TestDatabase database, ScriptFiles scripts) {
		return Migrator.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
	}

	/**
	 * The measured execution time is the one thing an offline script cannot have.
	 */
	private static List<String> withoutTimes(List<String> calls) {
		return calls.stream().map((call) -> call.replaceAll("CURRENT_USER, \\d+, ", "CURRENT_USER, NULL, ")).toList();
	}

	/**
	 * A call with its statement reduced to what it does, and its comment to the revision
	 * it announces.
	 */
	private static String kind(String call) {
		if (call.startsWith("comment ")) {
			return "comment " + call.substring(call.indexOf("->"));
		}
		if (call.startsWith("execute ")) {
			return call.contains("migrate_version") ? "version"
					: call.contains("migrate_history") ? "history" : "statement";
		}
		return call;
	}

}
