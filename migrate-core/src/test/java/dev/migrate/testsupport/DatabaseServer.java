package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * A database server that tests may create databases on.
 *
 * @param settings how to reach the server
 * @param origin where the server comes from, for messages
 * @since 0.1.0
 */
public record DatabaseServer(ServerSettings settings, String origin) {

	/**
	 * Return the kind of this server.
	 * @return the kind
	 */
	public DatabaseKind kind() {
		return this.settings.kind();
	}

	/**
	 * Create a new database with a unique name.
	 * @return the database, dropped when closed
	 */
	public TestDatabase createDatabase() {
		String name = TestDatabase.uniqueName();
		execute(createStatement(name));
		return new TestDatabase(kind(), name, this.settings.urlOf(name), this.settings.username(),
				this.settings.password(), () -> execute(dropStatement(name)));
	}

	/**
	 * Return whether a database of the given name exists on this server.
	 * @param name the database name
	 * @return whether it exists
	 */
	public boolean exists(String name) {
		String sql = switch (kind()) {
			case POSTGRESQL -> "SELECT count(*) FROM pg_database WHERE datname = ?";
			case MARIADB -> "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?";
			case H2 -> throw new IllegalStateException("H2 has no server");
		};
		try (Connection connection = connect(this.settings, null); var statement = connection.prepareStatement(sql)) {
			statement.setString(1, name);
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) > 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not look for database " + name + " on " + this, ex);
		}
	}

	private String createStatement(String name) {
		return switch (kind()) {
			case POSTGRESQL -> "CREATE DATABASE " + name;
			case MARIADB -> "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
			case H2 -> throw new IllegalStateException("H2 has no server");
		};
	}

	private String dropStatement(String name) {
		return switch (kind()) {
			case POSTGRESQL -> "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
			case MARIADB -> "DROP DATABASE IF EXISTS " + name;
			case H2 -> throw new IllegalStateException("H2 has no server");
		};
	}

	private void execute(String sql) {
		try (Connection connection = connect(this.settings, null); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + this, ex);
		}
	}

	/**
	 * Connect to a server's administrative database.
	 * @param settings how to reach the server
	 * @param timeout how long connecting and logging in may take, or {@code null} for the
	 * driver's default
	 * @return the connection
	 * @throws SQLException if the server cannot be reached
	 */
	static Connection connect(ServerSettings settings, @Nullable Duration timeout) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", settings.username());
		properties.setProperty("password", settings.password());
		if (timeout != null) {
			String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
			switch (settings.kind()) {
				case POSTGRESQL -> {
					properties.setProperty("connectTimeout", seconds);
					properties.setProperty("loginTimeout", seconds);
					properties.setProperty("socketTimeout", seconds);
				}
				case MARIADB -> {
					properties.setProperty("connectTimeout", Long.toString(timeout.toMillis()));
					properties.setProperty("socketTimeout", Long.toString(timeout.toMillis()));
				}
				case H2 -> throw new IllegalStateException("H2 has no server");
			}
		}
		return DriverManager.getConnection(settings.url(), properties);
	}

	@Override
	public String toString() {
		return this.settings + " (" + this.origin + ")";
	}

}
