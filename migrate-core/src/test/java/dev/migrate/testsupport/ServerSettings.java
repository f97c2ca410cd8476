package dev.migrate.testsupport;

import java.util.Map;

import org.springframework.util.Assert;

/**
 * How to reach a database server as a user that may create and drop databases.
 *
 * @param kind the kind of server
 * @param url the JDBC URL of the server's administrative database
 * @param username the user name
 * @param password the password, empty for none
 * @since 0.1.0
 */
public record ServerSettings(DatabaseKind kind, String url, String username, String password) {

	private static final String ENV_PREFIX = "MIGRATE_TEST_";

	public ServerSettings {
		Assert.isTrue(kind.isServer(), () -> "'kind' must be a server kind, not " + kind);
		Assert.hasText(url, "'url' must not be empty");
		Assert.hasText(username, "'username' must not be empty");
		Assert.notNull(password, "'password' must not be null");
	}

	/**
	 * Return the settings of a server on its default local address: PostgreSQL at
	 * {@code 127.0.0.1:5432} as {@code postgres}, MariaDB at {@code 127.0.0.1:3306} as
	 * {@code root}, both without a password.
	 * @param kind the kind of server
	 * @return the default settings
	 */
	public static ServerSettings defaults(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> new ServerSettings(kind, "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
			case MARIADB -> new ServerSettings(kind, "jdbc:mariadb://127.0.0.1:3306/", "root", "");
			case H2 -> throw new IllegalArgumentException("H2 needs no server");
		};
	}

	/**
	 * Return the settings given by this process's environment variables, see
	 * {@link #fromEnvironment(DatabaseKind, Map)}.
	 * @param kind the kind of server
	 * @return the settings
	 */
	public static ServerSettings fromEnvironment(DatabaseKind kind) {
		return fromEnvironment(kind, System.getenv());
	}

	/**
	 * Return the settings given by environment variables such as
	 * {@code MIGRATE_TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD}
	 * ({@code MIGRATE_TEST_MARIADB_*} for MariaDB), with the
	 * {@link #defaults(DatabaseKind) defaults} for those not set.
	 * @param kind the kind of server
	 * @param environment the environment variables
	 * @return the settings
	 */
	public static ServerSettings fromEnvironment(DatabaseKind kind, Map<String, String> environment) {
		ServerSettings defaults = defaults(kind);
		String prefix = environmentPrefix(kind);
		return new ServerSettings(kind, environment.getOrDefault(prefix + "URL", defaults.url()),
				environment.getOrDefault(prefix + "USER", defaults.username()),
				environment.getOrDefault(prefix + "PASSWORD", defaults.password()));
	}

	/**
	 * Return the prefix of the environment variables for a kind of server, for example
	 * {@code MIGRATE_TEST_POSTGRES_}.
	 * @param kind the kind of server
	 * @return the prefix
	 */
	public static String environmentPrefix(DatabaseKind kind) {
		return ENV_PREFIX + switch (kind) {
			case POSTGRESQL -> "POSTGRES_";
			case MARIADB -> "MARIADB_";
			case H2 -> throw new IllegalArgumentException("H2 needs no server");
		};
	}

	/**
	 * Return the JDBC URL of another database on the same server, keeping any URL
	 * parameters.
	 * @param database the database name
	 * @return the JDBC URL
	 */
	public String urlOf(String database) {
		int authority = this.url.indexOf("//");
		Assert.state(authority >= 0, () -> "Cannot find the host in JDBC URL '" + this.url + "'");
		int query = indexOfOr(this.url, '?', authority, this.url.length());
		int path = indexOfOr(this.url, '/', authority + 2, query);
		return this.url.substring(0, path) + "/" + database + this.url.substring(query);
	}

	private static int indexOfOr(String string, char ch, int from, int fallback) {
		int index = string.indexOf(ch, from);
		return (index >= 0 && index < fallback) ? index : fallback;
	}

	@Override
	public String toString() {
		return this.kind + " at " + this.url + " as " + this.username;
	}

}
