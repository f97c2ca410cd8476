package dev.migrate.testsupport;

/**
 * The kinds of database that tests run on.
 *
 * @since 0.1.0
 */
public enum DatabaseKind {

	/**
	 * H2, in memory: no server needed.
	 */
	H2("H2"),

	/**
	 * PostgreSQL: a running server or a Testcontainers container.
	 */
	POSTGRESQL("PostgreSQL"),

	/**
	 * MariaDB: a running server or a Testcontainers container.
	 */
	MARIADB("MariaDB");

	private final String displayName;

	DatabaseKind(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * Return whether databases of this kind live on a server.
	 * @return {@code false} for H2, {@code true} otherwise
	 */
	public boolean isServer() {
		return this != H2;
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
