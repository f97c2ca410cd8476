package dev.migrate.dialect;

import dev.migrate.MigrateException;

/**
 * Thrown when no built-in dialect matches a database or a name.
 */
public class UnknownDatabaseException extends MigrateException {

	/**
	 * Create a new {@link UnknownDatabaseException} instance.
	 * @param message what was not found and what is supported
	 */
	public UnknownDatabaseException(String message) {
		super(message);
	}

}
