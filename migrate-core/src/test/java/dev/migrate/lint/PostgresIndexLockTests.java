package dev.migrate.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@code pg-index-not-concurrent} reports is what PostgreSQL does: a plain
 * {@code CREATE INDEX} holds a SHARE lock that makes writers wait, the
 * {@code CONCURRENTLY} form does not.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class PostgresIndexLockTests {

	private final TestDatabase database;

	PostgresIndexLockTests(TestDatabases databases) {
		this.database = databases.postgresql();
	}

	@BeforeEach
	void createTable() throws SQLException {
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS account");
			statement.execute("CREATE TABLE account (id int, email text)");
			statement.execute("INSERT INTO account SELECT i, 'user' || i FROM generate_series(1, 1000) i");
		}
	}

	@Test
	void plainCreateIndexBlocksWritesUntilItsTransactionEnds() throws SQLException {
		String sql = "CREATE INDEX ix_account_email ON account (email)";
		assertThat(Lint.sqlCodes("postgresql", sql + ";")).containsExactly("pg-index-not-concurrent");
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			try (Statement statement = migration.createStatement()) {
				statement.execute(sql);
			}
			assertThat(lockModesOn("account", pid(migration), app)).contains("ShareLock");
			try (Statement statement = app.createStatement()) {
				statement.execute("SET lock_timeout = '200ms'");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("INSERT INTO account VALUES (0, 'new')"))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			}
			migration.rollback();
		}
	}

	@Test
	void concurrentCreateIndexLetsWritesThroughWhileItWaits() throws Exception {
		String sql = "CREATE INDEX CONCURRENTLY ix_account_email ON account (email)";
		assertThat(Lint.nonTransactionalSqlCodes("postgresql", sql + ";")).isEmpty();
		try (Connection open = this.database.openConnection();
				Connection migration = this.database.openConnection();
				Connection app = this.database.openConnection()) {
			open.setAutoCommit(false);
			try (Statement statement = open.createStatement()) {
				statement.execute("INSERT INTO account VALUES (-1, 'in flight')");
			}
			int migrationPid = pid(migration);
			CompletableFuture<Void> build = CompletableFuture.runAsync(() -> execute(migration, sql));
			awaitLock("account", migrationPid, "ShareUpdateExclusiveLock", app);
			try (Statement statement = app.createStatement()) {
				statement.execute("SET lock_timeout = '200ms'");
				assertThat(statement.executeUpdate("INSERT INTO account VALUES (0, 'new')")).isEqualTo(1);
			}
			assertThat(build).isNotDone();
			open.commit();
			build.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void concurrentCreateIndexFailsInATransaction() throws SQLException {
		String sql = "CREATE INDEX CONCURRENTLY ix_account_email ON account (email)";
		assertThat(Lint.sqlCodes("postgresql", sql + ";")).containsExactly("pg-concurrent-index-in-transaction");
		try (Connection migration = this.database.openConnection()) {
			migration.setAutoCommit(false);
			try (Statement statement = migration.createStatement()) {
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(sql))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("25001"));
			}
			migration.rollback();
		}
	}

	private static void execute(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int pid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void awaitLock(String table, int pid, String mode, Connection observer) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!lockModesOn(table, pid, observer).contains(mode)) {
			assertThat(System.nanoTime()).as("%s on %s by backend %d", mode, table, pid).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static String lockModesOn(String table, int pid, Connection observer) throws SQLException {
		try (Statement statement = observer.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT string_agg(mode, ',') FROM pg_locks WHERE relation = '" + table
							+ "'::regclass AND pid = " + pid + " AND granted")) {
			result.next();
			String modes = result.getString(1);
			return (modes != null) ? modes : "";
		}
	}

}
