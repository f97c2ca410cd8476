package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * Thrown when a migration script cannot be loaded: a bad header, a missing section, an
 * unterminated quote, a duplicate id or a location that does not exist. The message names
 * the script and, where there is one, the line.
 */
public class ScriptException extends MigrateException {

	/**
	 * Create a new {@link ScriptException} instance.
	 * @param message what is wrong, where, and what to do
	 */
	public ScriptException(String message) {
		super(message);
	}

	/**
	 * Create a new {@link ScriptException} instance.
	 * @param message what is wrong, where, and what to do
	 * @param cause the underlying error
	 */
	public ScriptException(String message, Throwable cause) {
		super(message, cause);
	}

}
