package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * MariaDB's named user lock ({@code GET_LOCK}), held by the session that took it.
 */
public final class MariaDbNamedLock implements MigrationLock {

	private static final int MAX_NAME_LENGTH = 64;

	@Override
	public HeldLock acquire(Connection connection, String name, Duration timeout) throws SQLException {
		String lockName = lockName(connection, name);
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, lockName);
			statement.setDouble(2, timeout.toMillis() / 1000.0);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (result.getInt(1) != 1) {
					throw new LockTimeoutException(name, timeout,
							holder(connection, name).orElse("an unknown session"));
				}
			}
		}
		return () -> {
			try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
				release.setString(1, lockName);
				release.execute();
			}
		};
	}

	@Override
	public Optional<String> holder(Connection connection, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
			statement.setString(1, lockName(connection, name));
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				long id = result.getLong(1);
				return result.wasNull() ? Optional.empty() : Optional.of("MariaDB connection id " + id);
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
