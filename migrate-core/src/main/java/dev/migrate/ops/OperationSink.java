package dev.migrate.ops;

/**
 * Receives each {@link Operation} a migration makes through {@link Operations}. The
 * runtime implements it to execute or print the operation; tests record them.
 */
@FunctionalInterface
public interface OperationSink {

	/**
	 * Accept one operation.
	 * @param operation the operation
	 */
	void accept(Operation operation);

}
