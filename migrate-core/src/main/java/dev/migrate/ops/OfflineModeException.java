package dev.migrate.ops;

import dev.migrate.MigrateException;

/**
 * Thrown when a migration asks for a database connection while its SQL is being written
 * offline.
 */
public class OfflineModeException extends MigrateException {

	private final String call;

	/**
	 * Create a new {@link OfflineModeException} instance.
	 * @param call what the migration called, such as {@code op.jdbc()}
	 * @param message what was asked and how to guard it
	 */
	public OfflineModeException(String call, String message) {
		super(message);
		this.call = call;
	}

	/**
	 * What the migration called that needs a database.
	 * @return the call, such as {@code op.jdbc()} or {@code op.inspect()}
	 */
	public String call() {
		return this.call;
	}

}
