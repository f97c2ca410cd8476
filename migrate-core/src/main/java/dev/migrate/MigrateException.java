package dev.migrate;

/**
 * Base class of every error migrate reports. Messages say what happened, why, and what to
 * do next.
 */
public class MigrateException extends RuntimeException {

	/**
	 * Create a new {@link MigrateException} instance.
	 * @param message what happened and what to do
	 */
	public MigrateException(String message) {
		super(message);
	}

	/**
	 * Create a new {@link MigrateException} instance.
	 * @param message what happened and what to do
	 * @param cause the underlying error
	 */
	public MigrateException(String message, Throwable cause) {
		super(message, cause);
	}

}
