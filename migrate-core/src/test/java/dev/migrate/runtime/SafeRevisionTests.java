package dev.migrate.runtime;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Revisions that follow the lint's advice: DDL timeouts make a blocked statement fail
 * fast and say which setting gave up, online and in offline SQL; a concurrent index build
 * needs a non-transactional revision, and a transactional one fails before anything runs.
 */
@WithTestDatabases({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
class SafeRevisionTests {

	@TempDir
	Path directory;

	@Test
	void blockedDdlFailsFastOnPostgresNamingTheRevisionAndTheSetting(TestDatabases databases) throws Exception {
		TestDatabase database = databases.postgresql();
		assertBlockedDdlFailsFast(database, "-- message: revision c3", "migrate.ddl-lock-timeout",
				new DdlTimeouts(Duration.ofMillis(300), null));
		assertBlockedDdlFailsFast(database, "-- lock-timeout: 300ms", "lock-timeout of this revision",
				DdlTimeouts.NONE);
	}

	@Test
	void blockedDdlFailsFastOnMariaDbNamingTheRevisionAndTheSetting(TestDatabases databases) throws Exception {
		assertBlockedDdlFailsFast(databases.mariadb(), "-- message: revision c3", "migrate.ddl-lock-timeout",
				new DdlTimeouts(Duration.ofSeconds(1), null));
	}

	private void assertBlockedDdlFailsFast(TestDatabase database, String header, String setting, DdlTimeouts defaults)
			throws Exception {
		try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS migrate_version");
			statement.execute("DROP TABLE IF EXISTS migrate_history");
			statement.execute("DROP TABLE IF EXISTS account");
			statement.execute("CREATE TABLE account (id INT PRIMARY KEY)");
		}
		java.nio.file.Files.writeString(this.directory.resolve("c3_add_tier.sql"), "-- revision: c3c3c3c3\n" + header
				+ "\n\n-- upgrade\nALTER TABLE account ADD COLUMN tier INT;\n\n-- downgrade\nALTER TABLE account DROP COLUMN tier;\n");
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations("file:" + this.directory)
			.ddlTimeouts(defaults)
			.load();
		try (Connection reader = database.openConnection(); Statement statement = reader.createStatement()) {
			reader.setAutoCommit(false);
			statement.executeQuery("SELECT count(*) FROM account").close();
			assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
				.withMessageContaining("revision c3c3c3c3")
				.withMessageContaining("lock timeout: the statement waited")
				.withMessageContaining(setting);
			reader.rollback();
		}
		assertThat(migrator.current()).isEmpty();
	}

	@Test
	void offlineSqlSetsAndResetsTheTimeoutsAroundEachRevision() throws Exception {
		java.nio.file.Files.writeString(this.directory.resolve("c3_add_tier.sql"), """
				-- revision: c3c3c3c3
				-- statement-timeout: 1m

				-- upgrade
				ALTER TABLE account ADD COLUMN tier INT;
				""");
		StringWriter postgres = new StringWriter();
		Migrator.configure()
			.dialect("postgresql")
			.locations("file:" + this.directory)
			.ddlTimeouts(new DdlTimeouts(Duration.ofSeconds(5), null))
			.load()
			.upgradeSql("heads", postgres);
		assertThat(postgres.toString()).contains("""
				SET LOCAL lock_timeout = '5000ms';

				SET LOCAL statement_timeout = '60000ms';

				ALTER TABLE account ADD COLUMN tier INT;

				SET LOCAL lock_timeout TO DEFAULT;

				SET LOCAL statement_timeout TO DEFAULT;
				""");
		StringWriter mariadb = new StringWriter();
		Migrator.configure()
			.dialect("mariadb")
			.locations("file:" + this.directory)
			.ddlTimeouts(new DdlTimeouts(Duration.ofSeconds(5), null))
			.load()
			.upgradeSql("heads", mariadb);
		assertThat(mariadb.toString()).contains("SET SESSION lock_wait_timeout = 5;")
			.contains("SET SESSION max_statement_time = 60.000;")
			.contains("SET SESSION lock_wait_timeout = DEFAULT;");
	}

	@Test
	void concurrentIndexInANonTransactionalRevisionRunsAndReverses(TestDatabases databases) throws Exception {
		TestDatabase database = databases.postgresql();
		dropTables(database);
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations("classpath:db/runtime/concurrent/nontransactional")
			.load();
		migrator.upgrade("heads");
		assertThat(indexes(database)).containsExactly("ix_account_email");
		migrator.downgrade("-1");
		assertThat(indexes(database)).isEmpty();
	}

	@Test
	void concurrentIndexInATransactionalRevisionFailsBeforeAnythingRuns(TestDatabases databases) throws Exception {
		TestDatabase database = databases.postgresql();
		dropTables(database);
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations("classpath:db/runtime/concurrent/transactional")
			.load();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageStartingWith("Revision b2c0ac0ac0ac (db.runtime.concurrent.transactional.B2IndexEmail) builds"
					+ " or drops an index concurrently (CreateIndex ix_account_email)")
			.withMessageContaining("transactional = false")
			.withMessageEndingWith("Nothing was run");
		assertThat(migrator.current()).isEmpty();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> Migrator.configure()
				.dialect("h2")
				.locations("classpath:db/runtime/concurrent/transactional")
				.load()
				.upgradeSql("heads", new StringWriter()))
			.withMessageContaining("transactional = false");
	}

	private static void dropTables(TestDatabase database) throws Exception {
		try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS migrate_version, migrate_history, account");
		}
	}

	private static List<String> indexes(TestDatabase database) throws Exception {
		try (Connection connection = database.openConnection();
				Statement statement = connection.createStatement();
				var result = statement.executeQuery(
						"SELECT indexname FROM pg_indexes WHERE tablename = 'account' AND indexname LIKE 'ix%'")) {
			List<String> names = new java.util.ArrayList<>();
			while (result.next()) {
				names.add(result.getString(1));
			}
			return names;
		}
	}

}
