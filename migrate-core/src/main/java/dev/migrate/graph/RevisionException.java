package dev.migrate.graph;

import dev.migrate.MigrateException;

/**
 * A revision expression that cannot be resolved, or a requested change that the revision
 * graph does not allow.
 */
public class RevisionException extends MigrateException {

	/**
	 * Create a new {@link RevisionException} instance.
	 * @param message what happened and what to do
	 */
	public RevisionException(String message) {
		super(message);
	}

}
