package dev.migrate.runtime;

/**
 * How migrations are grouped into transactions on databases with transactional DDL.
 * Databases without it (H2, MariaDB) commit each statement of a migration as it runs,
 * whatever the mode.
 */
public enum TransactionMode {

	/**
	 * One transaction per revision: its statements, its version-row change and its
	 * history row commit together. A failure rolls back that revision only.
	 */
	PER_REVISION,

	/**
	 * One transaction for the whole run: a failure rolls back every revision of the run.
	 */
	SINGLE

}
