package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link Operations} knows about the run it is part of, supplied by the runtime.
 */
public interface OperationsContext {

	/**
	 * Whether the migration is written as SQL instead of executed.
	 * @return {@code true} offline
	 */
	boolean isOffline();

	/**
	 * The name of the dialect, such as {@code postgresql}, {@code h2} or {@code mariadb}.
	 * @return the dialect name
	 */
	String dialectName();

	/**
	 * A client on the migration's own connection. Only called online.
	 * @return the client
	 */
	JdbcClient jdbc();

	/**
	 * Read a schema of the live database on the migration's own connection. Only called
	 * online.
	 * @param schema the schema (the database on MariaDB), or {@code null} for the
	 * connection's current one
	 * @return the schema, without migrate's own tables
	 */
	InspectedSchema inspect(@Nullable String schema);

}
