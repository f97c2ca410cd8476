package dev.migrate.runtime;

import dev.migrate.MigrateException;

/**
 * A step of a migration run failed. The message names the revision, its script, the
 * failing statement and the database's message, and says in what state the database was
 * left.
 */
public class MigrationFailedException extends MigrateException {

	/**
	 * Create a new {@link MigrationFailedException} instance.
	 * @param message what failed, where the database stands and what to do
	 * @param cause the underlying error
	 */
	public MigrationFailedException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create a new {@link MigrationFailedException} instance.
	 * @param message what failed, where the database stands and what to do
	 */
	public MigrationFailedException(String message) {
		super(message);
	}

}
