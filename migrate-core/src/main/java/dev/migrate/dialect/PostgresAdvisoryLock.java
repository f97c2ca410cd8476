package dev.migrate.dialect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PostgreSQL's session-level advisory lock, keyed by a 64-bit hash of the lock name. It
 * survives commits and rollbacks, so it is taken on the session that does the work.
 */
public final class PostgresAdvisoryLock implements MigrationLock {

	@Override
	public HeldLock acquire(Connection connection, String name, Duration timeout, Consumer<String> onWait)
			throws SQLException {
		long key = key(name);
		PollingDeadline deadline = new PollingDeadline(timeout);
		boolean told = false;
		while (!tryLock(connection, key)) {
			if (!told) {
				onWait.accept(holder(connection, name).orElse("a session that has just released it"));
				told = true;
			}
			if (!deadline.pause()) {
				throw new LockTimeoutException(name, timeout, holder(connection, name).orElse("an unknown session"));
			}
		}
		return () -> {
			try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				unlock.setLong(1, key);
				unlock.execute();
			}
		};
	}

	@Override
	public boolean outlivesTransactions() {
		return true;
	}

	private boolean tryLock(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	@Override
	public Optional<String> holder(Connection connection, String name) throws SQLException {
		long key = key(name);
		String sql = "SELECT " + PostgresSessions.COLUMNS + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
				+ " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1"
				+ " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? Optional.of(PostgresSessions.describe(result)) : Optional.empty();
			}
		}
	}

	static long key(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
