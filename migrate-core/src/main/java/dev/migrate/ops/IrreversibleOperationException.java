package dev.migrate.ops;

import dev.migrate.MigrateException;

/**
 * Thrown by {@link Operation#reverse()} when an operation does not carry what its reverse
 * needs, such as the definition of a dropped column.
 */
public class IrreversibleOperationException extends MigrateException {

	/**
	 * Create a new {@link IrreversibleOperationException} instance.
	 * @param message what is missing and what to do
	 */
	public IrreversibleOperationException(String message) {
		super(message);
	}

}
