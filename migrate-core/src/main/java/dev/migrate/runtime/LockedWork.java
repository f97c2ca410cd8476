package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.migrate.dialect.MigrationLock;
import dev.migrate.dialect.MigrationLock.HeldLock;
import dev.migrate.runtime.MigrationDatabase.JdbcWork;

/**
 * Runs work with the migration lock held, telling the listeners while it waits for the
 * lock and while the work waits for other sessions. A lock that outlives transactions
 * (PostgreSQL, MariaDB) is taken on the connection that does the work, so that it lives
 * exactly as long as the session doing the work, even when the process dies; any other
 * lock takes a connection of its own.
 */
final class LockedWork {

	private final MigrationDatabase database;

	private final Duration lockTimeout;

	private final List<MigrationListener> listeners;

	LockedWork(MigrationDatabase database, Duration lockTimeout, List<MigrationListener> listeners) {
		this.database = database;
		this.lockTimeout = lockTimeout;
		this.listeners = listeners;
	}

	/**
	 * Run work on a new connection, with the lock held.
	 */
	<T> T run(JdbcWork<T> work) {
		return this.database.withConnection((connection) -> run(connection, work));
	}

	/**
	 * Run work on a connection, with the lock held.
	 */
	<T> T run(Connection connection, JdbcWork<T> work) throws SQLException {
		MigrationLock lock = this.database.dialect().lock();
		String name = this.database.lockName();
		WaitReporter waits = new WaitReporter(this.listeners);
		Consumer<String> onWait = (holder) -> waits.report("Waiting for the migration lock '" + name + "', held by "
				+ holder + " (giving up after " + this.lockTimeout.toMillis() + " ms)");
		if (lock.outlivesTransactions()) {
			try (HeldLock held = lock.acquire(connection, name, this.lockTimeout, onWait);
					BlockedSessionWatch watch = watch(connection, waits)) {
				return work.run(connection);
			}
		}
		try (Connection lockConnection = this.database.dataSource().getConnection();
				HeldLock held = lock.acquire(lockConnection, name, this.lockTimeout, onWait);
				BlockedSessionWatch watch = watch(connection, waits)) {
			return work.run(connection);
		}
	}

	private BlockedSessionWatch watch(Connection connection, WaitReporter waits) throws SQLException {
		return BlockedSessionWatch.start(this.database.dialect().blockingSessions(), this.database.dataSource(),
				connection, waits);
	}

}
