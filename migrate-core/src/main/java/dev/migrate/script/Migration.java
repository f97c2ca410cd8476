package dev.migrate.script;

import dev.migrate.ops.Operations;

/**
 * A migration written in Java. Implementations are annotated with {@link Revision} and
 * describe their changes through {@link Operations}, so one migration runs on every
 * supported database.
 */
public interface Migration {

	/**
	 * Apply this revision.
	 * @param op the operations to use
	 */
	void upgrade(Operations op);

	/**
	 * Revert this revision.
	 * @param op the operations to use
	 */
	void downgrade(Operations op);

}
