package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * MariaDB's named user lock ({@code GET_LOCK}), held by the session that took it until
 * released or the session ends, whatever its transactions do; so it is taken on the
 * session that does the work.
 */
public final class MariaDbNamedLock implements MigrationLock {

	private static final int MAX_NAME_LENGTH = 64;

	@Override
	public HeldLock acquire(Connection connection, String name, Duration timeout, Consumer<String> onWait)
			throws SQLException {
		String lockName = lockName(connection, name);
		if (!getLock(connection, lockName, Duration.ZERO)) {
			onWait.accept(holder(connection, name).orElse("a session that has just released it"));
			if (!getLock(connection, lockName, timeout)) {
				throw new LockTimeoutException(name, timeout, holder(connection, name).orElse("an unknown session"));
			}
		}
		return () -> {
			try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
				release.setString(1, lockName);
				release.execute();
			}
		};
	}

	private static boolean getLock(Connection connection, String lockName, Duration timeout) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, lockName);
			statement.setDouble(2, timeout.toMillis() / 1000.0);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) == 1;
			}
		}
	}

	@Override
	public boolean outlivesTransactions() {
		return true;
	}

	@Override
	public Optional<String> holder(Connection connection, String name) throws SQLException {
		String sql = "SELECT l.id, p.USER, p.HOST, p.COMMAND, p.STATE, p.TIME, p.INFO FROM (SELECT IS_USED_LOCK(?) AS id) l"
				+ " LEFT JOIN information_schema.PROCESSLIST p ON p.ID = l.id";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, lockName(connection, name));
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				long id = result.getLong(1);
				if (result.wasNull()) {
					return Optional.empty();
				}
				return Optional.of("MariaDB connection id " + id + " (user " + result.getString(2) + ", host "
						+ result.getString(3) + ", command " + result.getString(4) + ", state '" + result.getString(5)
						+ "', for " + result.getString(6) + " s, query " + result.getString(7) + ")");
			}
		}
	}

	/**
	 * Lock names are server-wide in MariaDB, so the database name is part of it.
	 */
	private static String lockName(Connection connection, String name) throws SQLException {
		String qualified = connection.getCatalog() + "." + name;
		if (qualified.length() <= MAX_NAME_LENGTH) {
			return qualified;
		}
		return "migrate:" + Long.toHexString(PostgresAdvisoryLock.key(qualified));
	}

}
