package dev.migrate.ops;

import dev.migrate.MigrateException;

import org.jspecify.annotations.Nullable;

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

	/**
	 * Return the definition a drop operation carries, so its reverse can recreate what it
	 * dropped.
	 * @param <T> the definition type
	 * @param definition the definition, if the operation carries one
	 * @param operation the operation, such as {@code drop_column 'x' from 'y'}
	 * @param kind what was dropped, such as {@code column}
	 * @return the definition
	 * @throws IrreversibleOperationException when there is none
	 */
	static <T> T requireDefinition(@Nullable T definition, String operation, String kind) {
		if (definition == null) {
			throw new IrreversibleOperationException(
					operation + " carries no definition of the dropped " + kind + "; write the downgrade by hand");
		}
		return definition;
	}

}
