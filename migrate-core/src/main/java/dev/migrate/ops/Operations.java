package dev.migrate.ops;

/**
 * The operations a migration performs on its database: {@code op} in a migration's
 * {@code upgrade} and {@code downgrade}. Online they run against the database; offline
 * they are written as SQL.
 */
public interface Operations {

	/**
	 * Execute one SQL statement as written.
	 * @param sql the statement, without a terminating semicolon
	 */
	void execute(String sql);

}
