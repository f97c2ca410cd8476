package dev.migrate.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import dev.migrate.testsupport.TestDatabase;

/**
 * The sessions of a lock hazard on one database: one whose transaction stays open after a
 * statement (a long report, a write in flight), the migration's, which may run its
 * statement in the background while it waits, and the application's, which observes and
 * tries its own statements. The statement helpers work on any connection.
 */
final class HazardSessions implements AutoCloseable {

	private final Connection open;

	private final Connection migration;

	private final Connection app;

	private HazardSessions(Connection open, Connection migration, Connection app) {
		this.open = open;
		this.migration = migration;
		this.app = app;
	}

	/**
	 * Open the three sessions and run a statement in the first one's transaction, left
	 * open.
	 * @param database the database
	 * @param statement the statement whose locks stay held, such as a {@code SELECT}
	 * @return the sessions
	 * @throws SQLException if a connection or the statement fails
	 */
	static HazardSessions withOpenTransaction(TestDatabase database, String statement) throws SQLException {
		HazardSessions sessions = new HazardSessions(database.openConnection(), database.openConnection(),
				database.openConnection());
		sessions.open.setAutoCommit(false);
		execute(sessions.open, statement);
		return sessions;
	}

	Connection migration() {
		return this.migration;
	}

	Connection app() {
		return this.app;
	}

	/**
	 * Run a statement of the migration in the background, so it can wait for a lock.
	 * @param sql the statement
	 * @return its completion
	 */
	CompletableFuture<Void> migrateInBackground(String sql) {
		return CompletableFuture.runAsync(() -> executeUnchecked(this.migration, sql));
	}

	/**
	 * End the open transaction, releasing its locks.
	 * @throws SQLException if the commit fails
	 */
	void commitOpenTransaction() throws SQLException {
		this.open.commit();
	}

	@Override
	public void close() throws SQLException {
		try (this.open; this.migration; this.app) {
			// all three are closed, whichever fails
		}
	}

	static void execute(Connection connection, String... sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	static void executeUnchecked(Connection connection, String sql) {
		try {
			execute(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int queryInt(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

}
