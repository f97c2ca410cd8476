package dev.migrate.runtime;

import dev.migrate.MigrateException;

/**
 * A step of a migration run failed. The message names the revision, its script, the
 * failing statement and the database's message, and says in what state the database was
 * left.
 */
public class MigrationFailedException extends MigrateException {

	private final boolean needsRecovery;

	/**
	 * Create a new {@link MigrationFailedException} instance for a failure that left
	 * nothing to undo.
	 * @param message what failed, where the database stands and what to do
	 */
	public MigrationFailedException(String message) {
		this(message, false);
	}

	/**
	 * Create a new {@link MigrationFailedException} instance.
	 * @param message what failed, where the database stands and what to do
	 * @param cause the underlying error
	 * @param needsRecovery whether the failure left work in the database that an operator
	 * must undo or finish by hand
	 */
	public MigrationFailedException(String message, Throwable cause, boolean needsRecovery) {
		super(message, cause);
		this.needsRecovery = needsRecovery;
	}

	/**
	 * Create a new {@link MigrationFailedException} instance.
	 * @param message what failed, where the database stands and what to do
	 * @param needsRecovery whether the failure left work in the database that an operator
	 * must undo or finish by hand
	 */
	public MigrationFailedException(String message, boolean needsRecovery) {
		super(message);
		this.needsRecovery = needsRecovery;
	}

	/**
	 * Return whether the failure left work in the database that an operator must undo
	 * (and then run {@code db repair}) or finish (and then run {@code db stamp <rev>})
	 * before migrations go on. {@code false} when the failed work was rolled back, so the
	 * database is consistent at its last good revision.
	 * @return whether an operator must act on the database
	 */
	public boolean needsRecovery() {
		return this.needsRecovery;
	}

}
