package dev.migrate.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests of runs killed in the middle, as real processes on real databases: a revision
 * that ran outside a transaction leaves a record that stops the next run, and the lock
 * lives as long as the killed run's session.
 */
class CrashSafetyTests {

	private static final long POLL_MILLIS = 100;

	@TempDir
	Path directory;

	@Test
	void runKilledInARevisionWithoutTransactionalDdlStopsTheNextRunWithoutRunningItAgainOnMariaDb() throws Exception {
		ScriptFiles scripts = new ScriptFiles(this.directory)
			.write("a1a1a1a1", "", "CREATE TABLE r1 (id INT)", "DROP TABLE r1")
			.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE r2 (id INT)", "DROP TABLE r2")
			.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE r3 (id INT);\nSELECT SLEEP(30)", "DROP TABLE r3");
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB)) {
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			Process run = upgradeInAProcess(database, scripts);
			try {
				long session = awaitSession(jdbc, run, "SELECT SLEEP(30)");
				run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				jdbc.sql("KILL " + session).update();
			}
			finally {
				run.destroyForcibly();
			}
			Migrator next = Migrator.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
			assertThat(next.current()).containsExactly("b2b2b2b2");
			assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> next.upgrade("heads"))
				.withMessageContaining("The upgrade of revision c3c3c3c3 (file:")
				.withMessageContaining("c3c3c3c3_revision.sql) started at ")
				.withMessageContaining("and never finished")
				.withMessageContaining("Statements known to have completed:\n  1. CREATE TABLE r3 (id INT)\n")
				.withMessageContaining("Statement that may have run:\n  2. SELECT SLEEP(30)")
				.withMessageContaining("run 'db repair'")
				.withMessageContaining("run 'db stamp c3c3c3c3'")
				.withMessageNotContaining("rolled back")
				.satisfies((ex) -> assertThat(ex.needsRecovery()).isTrue());
			assertThat(next.current()).containsExactly("b2b2b2b2");
			List<HistoryEntry> history = next.history();
			assertThat(history).hasSize(3);
			HistoryEntry unfinished = history.get(2);
			assertThat(unfinished.revision()).isEqualTo("c3c3c3c3");
			assertThat(unfinished.isUnfinished()).isTrue();
			assertThat(unfinished.isUnresolvedFailure()).isTrue();
			assertThat(unfinished.statementsLeftBehind()).isOne();
			assertThat(next.status().state()).isEqualTo(MigrationStatus.State.FAILED);
			assertThat(next.status().describe()).contains("started at").contains("never finished");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM r3").query(Integer.class).single()).isZero();
		}
	}

	@Test
	void runKilledOnPostgresqlKeepsTheLockUntilItsBackendIsGoneAndTheNextRunSaysOnceThatItWaits() throws Exception {
		ScriptFiles scripts = new ScriptFiles(this.directory)
			.write("a1a1a1a1", "", "CREATE TABLE r1 (id INT)", "DROP TABLE r1")
			.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE r2 (id INT);\nSELECT pg_sleep(4)", "DROP TABLE r2");
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			Process run = upgradeInAProcess(database, scripts);
			long backend;
			try {
				backend = awaitPostgresBackend(jdbc, run, "SELECT pg_sleep(4)");
				run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			finally {
				run.destroyForcibly();
			}
			List<String> waits = new CopyOnWriteArrayList<>();
			Migrator next = Migrator.configure()
				.dataSource(database.dataSource())
				.locations(scripts.location())
				.listener(new MigrationListener() {

					@Override
					public void onWait(String description) {
						waits.add(description);
					}

				})
				.load();
			assertThat(next.upgrade("heads").steps()).extracting((step) -> step.revision().id())
				.containsExactly("b2b2b2b2");
			assertThat(waits).singleElement()
				.asString()
				.startsWith("Waiting for the migration lock 'migrate:migrate_version', held by PostgreSQL backend pid "
						+ backend
						+ " (user postgres, application 'PostgreSQL JDBC Driver', state active, query started ")
				.contains("query: SELECT pg_sleep(4)");
			assertThat(next.current()).containsExactly("b2b2b2b2");
			assertThat(next.history()).extracting(HistoryEntry::revision, HistoryEntry::success)
				.containsExactly(tuple("a1a1a1a1", true), tuple("b2b2b2b2", true));
		}
	}

	private Process upgradeInAProcess(TestDatabase database, ScriptFiles scripts) throws IOException {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), UpgradeProcess.class.getName(), database.url(),
				database.username(), database.password(), scripts.location())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("upgrade.log").toFile())
			.start();
	}

	/**
	 * Wait until the process's backend runs the statement, and return the backend's pid.
	 */
	private static long awaitPostgresBackend(JdbcClient jdbc, Process run, String statement)
			throws InterruptedException {
		return await(run, statement,
				() -> jdbc.sql("SELECT pid FROM pg_stat_activity WHERE query = ? AND datname = current_database()")
					.param(statement)
					.query(Long.class)
					.optional());
	}

	/**
	 * Wait until the process's session runs the statement, and return the session's id.
	 */
	private static long awaitSession(JdbcClient jdbc, Process run, String statement) throws InterruptedException {
		return await(run, statement,
				() -> jdbc.sql("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO = ? AND DB = DATABASE()")
					.param(statement)
					.query(Long.class)
					.optional());
	}

	private static long await(Process run, String statement, Supplier<Optional<Long>> lookup)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			assertThat(run.isAlive()).as("the upgrade process is running").isTrue();
			Optional<Long> session = lookup.get();
			if (session.isPresent()) {
				return session.get();
			}
			Thread.sleep(POLL_MILLIS);
		}
		throw new AssertionError("The upgrade process never ran " + statement);
	}

}
