package dev.migrate.schema;

import dev.migrate.MigrateException;

/**
 * Thrown when a rename hint matches nothing in the schemas compared, so it would be
 * silently ignored otherwise.
 */
public class RenameHintException extends MigrateException {

	/**
	 * Create a new {@link RenameHintException} instance.
	 * @param hint the hint
	 * @param reason what does not match
	 */
	public RenameHintException(RenameHint hint, String reason) {
		super("Rename hint '" + hint + "'" + ((hint.origin() != null) ? " (" + hint.origin() + ")" : "")
				+ " matches nothing: " + reason
				+ "; correct or remove the hint, or check that the model and the revisions are the ones meant");
	}

}
