package dev.migrate.autoconfigure;

import dev.migrate.runtime.MigrationStatus;
import dev.migrate.MigrateException;

/**
 * Thrown on startup when {@code migrate.require-up-to-date} is set and the database is
 * not up to date.
 *
 * @since 0.1.0
 */
public class DatabaseNotUpToDateException extends MigrateException {

	private final MigrationStatus status;

	/**
	 * Create a new {@link DatabaseNotUpToDateException} instance.
	 * @param status where the database stands
	 */
	public DatabaseNotUpToDateException(MigrationStatus status) {
		super(status.describe());
		this.status = status;
	}

	/**
	 * Return where the database stands.
	 * @return the status
	 */
	public MigrationStatus getStatus() {
		return this.status;
	}

}
