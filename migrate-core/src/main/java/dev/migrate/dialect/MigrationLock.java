package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A database-wide lock that lets one migration run at a time. The lock belongs to a
 * session, so it is released when that session ends, even when the process holding it is
 * killed.
 */
public interface MigrationLock {

	/**
	 * The tables this lock keeps in the database, which are migrate's own.
	 * @return the table names; none for a lock the database provides
	 */
	default List<String> tables() {
		return List.of();
	}

	/**
	 * Wait for the lock and take it.
	 * @param connection the connection whose session takes the lock: the one that does
	 * the work when the lock {@link #outlivesTransactions() outlives transactions}, one
	 * used for nothing else otherwise
	 * @param name the lock name, unique per version table
	 * @param timeout how long to wait
	 * @param onWait called once, with a description of the holder, when the lock is taken
	 * and the run has to wait
	 * @return the held lock, to close when the run ends
	 * @throws LockTimeoutException when the lock is still taken after the timeout
	 * @throws SQLException when the database fails
	 */
	HeldLock acquire(Connection connection, String name, Duration timeout, Consumer<String> onWait) throws SQLException;

	/**
	 * Return whether the lock belongs to the session and survives the commits and
	 * rollbacks of its transactions, so that it can be taken on the connection that does
	 * the work and lives exactly as long as that session.
	 * @return {@code true} for a session-level lock
	 */
	boolean outlivesTransactions();

	/**
	 * Describe the session holding the lock, if any, for operators.
	 * @param connection a connection to the database
	 * @param name the lock name
	 * @return a description of the holder, or empty when the lock is free
	 * @throws SQLException when the database fails
	 */
	Optional<String> holder(Connection connection, String name) throws SQLException;

	/**
	 * A lock that is held until closed.
	 */
	@FunctionalInterface
	interface HeldLock extends AutoCloseable {

		@Override
		void close() throws SQLException;

	}

}
