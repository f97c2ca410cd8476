package dev.migrate.dialect;

import dev.migrate.MigrateException;

/**
 * Thrown when a dialect cannot render an operation as asked.
 */
public class UnsupportedOperationForDialectException extends MigrateException {

	/**
	 * Create a new {@link UnsupportedOperationForDialectException} instance.
	 * @param operation what was asked, such as {@code alter_column 'email' on 'account'}
	 * @param dialect the dialect name
	 * @param hint what is unsupported and what to do instead
	 */
	public UnsupportedOperationForDialectException(String operation, String dialect, String hint) {
		super(operation + " is not supported on " + dialect + ": " + hint);
	}

}
