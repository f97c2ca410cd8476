package dev.migrate.ops;

import dev.migrate.MigrateException;

/**
 * Thrown when a migration asks for a database connection while its SQL is being written
 * offline.
 */
public class OfflineModeException extends MigrateException {

	/**
	 * Create a new {@link OfflineModeException} instance.
	 * @param message what was asked and how to guard it
	 */
	public OfflineModeException(String message) {
		super(message);
	}

}
