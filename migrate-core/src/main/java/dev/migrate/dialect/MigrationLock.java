package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A database-wide lock that lets one migration run at a time. The lock belongs to the
 * session of a dedicated connection, so it is released when that connection closes, even
 * when the process holding it is killed.
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
	 * @param connection a connection used for nothing else while the lock is held
	 * @param name the lock name, unique per version table
	 * @param timeout how long to wait
	 * @return the held lock, to close when the run ends
	 * @throws LockTimeoutException when the lock is still taken after the timeout
	 * @throws SQLException when the database fails
	 */
	HeldLock acquire(Connection connection, String name, Duration timeout) throws SQLException;

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
