package dev.migrate.runtime;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.migrate.script.DdlTimeouts;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Revisions that follow the lint's advice: DDL timeouts make a blocked statement fail
 * fast and say which setting gave up, online and in offline SQL; a Java revision that
 * builds an index concurrently runs outside a transaction on PostgreSQL, without saying
 * so, and on the other databases as usual.
 */
@WithTestDatabases({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
class SafeRevisionTests {

	private static final String IMPLICIT = "classpath:db/runtime/concurrent/implicit";

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
	void concurrentIndexesMakeAJavaRevisionRunOutsideATransactionOnPostgres(TestDatabases databases) throws Exception {
		TestDatabase database = databases.postgresql();
		dropTables(database);
		Migrator migrator = Migrator.configure().dataSource(database.dataSource()).locations(IMPLICIT).load();
		migrator.upgrade("heads");
		assertThat(indexes(database)).containsExactlyInAnyOrder("ix_account_email", "uq_account_name");
		assertThat(JdbcClient.create(database.dataSource())
			.sql("SELECT conname FROM pg_constraint WHERE conrelid = 'account'::regclass AND contype = 'u'")
			.query(String.class)
			.list()).containsExactly("uq_account_name");
		assertThat(migrator.current()).containsExactly("b2c0ac0ac0ac");
		migrator.downgrade("-1");
		assertThat(indexes(database)).isEmpty();
		assertThat(migrator.current()).containsExactly("a1c0ac0ac0ac");
	}

	@Test
	void aFailedConcurrentIndexReportsTheStatementsThatStayed(TestDatabases databases) throws Exception {
		TestDatabase database = databases.postgresql();
		dropTables(database);
		Migrator migrator = Migrator.configure().dataSource(database.dataSource()).locations(IMPLICIT).load();
		migrator.upgrade("a1c0ac0ac0ac");
		JdbcClient.create(database.dataSource())
			.sql("INSERT INTO account (id, email, name) VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', 'Ann')")
			.update();
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("Upgrade of revision b2c0ac0ac0ac")
			.withMessageContaining("CREATE UNIQUE INDEX CONCURRENTLY uq_account_name ON account (name)")
			.withMessageContaining("runs outside a transaction (such as adding an enum value or building an index"
					+ " concurrently), so it ran outside one: 1 statement(s) of this revision ran and stayed:")
			.withMessageContaining("CREATE INDEX CONCURRENTLY ix_account_email ON account (email)");
		assertThat(indexes(database)).contains("ix_account_email");
	}

	@Test
	void theSameRevisionAppliesOnMariaDbAndH2(TestDatabases databases) throws Exception {
		for (TestDatabase database : List.of(databases.mariadb(), databases.h2())) {
			try (Connection connection = database.openConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS migrate_version");
				statement.execute("DROP TABLE IF EXISTS migrate_history");
				statement.execute("DROP TABLE IF EXISTS account");
			}
			Migrator migrator = Migrator.configure().dataSource(database.dataSource()).locations(IMPLICIT).load();
			migrator.upgrade("heads");
			assertThat(migrator.current()).as(database.toString()).containsExactly("b2c0ac0ac0ac");
			migrator.downgrade("base");
			assertThat(migrator.current()).as(database.toString()).isEmpty();
		}
	}

	@Test
	void offlineSqlRunsTheConcurrentIndexesOutsideATransactionOnPostgres() {
		StringWriter sql = new StringWriter();
		Migrator.configure().dialect("postgresql").locations(IMPLICIT).load().upgradeSql("base:heads", sql);
		String script = sql.toString();
		String revision = script.substring(script.indexOf("-- Running upgrade a1c0ac0ac0ac -> b2c0ac0ac0ac"));
		assertThat(script.substring(0, script.indexOf("-- Running upgrade a1c0ac0ac0ac"))).contains("COMMIT;");
		assertThat(revision).startsWith("""
				-- Running upgrade a1c0ac0ac0ac -> b2c0ac0ac0ac

				CREATE INDEX CONCURRENTLY ix_account_email ON account (email);

				CREATE UNIQUE INDEX CONCURRENTLY uq_account_name ON account (name);

				ALTER TABLE account ADD CONSTRAINT uq_account_name UNIQUE USING INDEX uq_account_name;

				BEGIN;
				""");
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
						"SELECT indexname FROM pg_indexes WHERE tablename = 'account' AND indexname NOT LIKE 'pk%'")) {
			List<String> names = new java.util.ArrayList<>();
			while (result.next()) {
				names.add(result.getString(1));
			}
			return names;
		}
	}

}
