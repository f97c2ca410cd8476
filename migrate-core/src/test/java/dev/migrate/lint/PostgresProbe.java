package dev.migrate.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.migrate.lint.HazardSessions.queryInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a PostgreSQL session can see of another: the locks it holds, whether a statement
 * of a third session gets through, whether a table was rewritten, and the debug messages
 * of a statement.
 */
final class PostgresProbe {

	private PostgresProbe() {
	}

	static int pid(Connection connection) throws SQLException {
		return queryInt(connection, "SELECT pg_backend_pid()");
	}

	/**
	 * The storage file of a table: it changes when PostgreSQL rewrites the table.
	 */
	static int relfilenode(Connection connection, String table) throws SQLException {
		return queryInt(connection, "SELECT relfilenode FROM pg_class WHERE oid = '" + table + "'::regclass");
	}

	static String lockModesOn(String table, int pid, Connection observer) throws SQLException {
		try (Statement statement = observer.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT string_agg(mode, ',') FROM pg_locks WHERE relation = '" + table
							+ "'::regclass AND pid = " + pid + " AND granted")) {
			result.next();
			String modes = result.getString(1);
			return (modes != null) ? modes : "";
		}
	}

	static void awaitLock(String table, int pid, String mode, Connection observer) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!lockModesOn(table, pid, observer).contains(mode)) {
			assertThat(System.nanoTime()).as("%s on %s by backend %d", mode, table, pid).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * Wait until a backend waits for a lock.
	 */
	static void awaitWaiting(int pid, Connection observer) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (queryInt(observer, "SELECT count(*) FROM pg_locks WHERE pid = " + pid + " AND NOT granted") == 0) {
			assertThat(System.nanoTime()).as("backend %d waiting for a lock", pid).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * Assert that a statement of the application waits for a lock: with a lock timeout of
	 * 200 ms it fails with {@code lock_not_available}.
	 */
	static void assertBlocked(Connection app, String sql) throws SQLException {
		try (Statement statement = app.createStatement()) {
			statement.execute("SET lock_timeout = '200ms'");
			assertThatExceptionOfType(SQLException.class).as(sql)
				.isThrownBy(() -> statement.execute(sql))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
		}
		if (!app.getAutoCommit()) {
			app.rollback();
		}
	}

	/**
	 * Assert that a statement of the application gets its locks at once.
	 */
	static void assertNotBlocked(Connection app, String sql) throws SQLException {
		try (Statement statement = app.createStatement()) {
			statement.execute("SET lock_timeout = '200ms'");
			statement.execute(sql);
		}
	}

	/**
	 * Run a statement with {@code client_min_messages = debug1} and return the debug
	 * messages PostgreSQL sent, such as {@code verifying table "account"}.
	 */
	static List<String> debugMessages(Connection connection, String sql) throws SQLException {
		List<String> messages = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET client_min_messages = debug1");
			statement.execute(sql);
			for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
				messages.add(warning.getMessage());
			}
			statement.execute("RESET client_min_messages");
		}
		return messages;
	}

}
