package dev.migrate.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a run blocked by another session's lock says so once, naming the holder, on
 * PostgreSQL.
 */
class LockWaitTests {

	@TempDir
	Path directory;

	@Test
	void ddlBlockedByAnOpenApplicationTransactionSaysOnceWhoHoldsTheLock() throws Exception {
		ScriptFiles scripts = new ScriptFiles(this.directory).write("a1a1a1a1", "",
				"CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account");
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			List<String> waits = new CopyOnWriteArrayList<>();
			migrator(database, scripts, waits).upgrade("heads");
			assertThat(waits).isEmpty();
			scripts.write("b2b2b2b2", "a1a1a1a1", "ALTER TABLE account ADD COLUMN email TEXT",
					"ALTER TABLE account DROP COLUMN email");
			try (Connection application = database.openConnection()) {
				long applicationPid;
				try (Statement statement = application.createStatement()) {
					statement.execute("SET application_name = 'open-transaction'");
					application.setAutoCommit(false);
					try (ResultSet result = statement.executeQuery("SELECT pg_backend_pid(), COUNT(*) FROM account")) {
						result.next();
						applicationPid = result.getLong(1);
					}
				}
				Migrator migrator = migrator(database, scripts, waits);
				CompletableFuture<MigrationPlan> upgrade = CompletableFuture
					.supplyAsync(() -> migrator.upgrade("heads"));
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (waits.isEmpty() && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				Thread.sleep(2 * BlockedSessionWatch.INTERVAL.toMillis());
				assertThat(upgrade).isNotDone();
				application.commit();
				assertThat(upgrade.get(30, TimeUnit.SECONDS).steps()).hasSize(1);
				assertThat(waits).singleElement()
					.asString()
					.startsWith("The migration waits for a lock held by another session: PostgreSQL backend pid "
							+ applicationPid + " (user postgres, application 'open-transaction', "
							+ "state idle in transaction, query started ")
					.contains("query: SELECT pg_backend_pid(), COUNT(*) FROM account");
			}
			assertThat(migrator(database, scripts, waits).current()).containsExactly("b2b2b2b2");
		}
	}

	private static Migrator migrator(TestDatabase database, ScriptFiles scripts, List<String> waits) {
		return Migrator.configure()
			.dataSource(database.dataSource())
			.locations(scripts.location())
			.listener(new MigrationListener() {

				@Override
				public void onWait(String description) {
					waits.add(description);
				}

			})
			.load();
	}

}
