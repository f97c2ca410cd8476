package dev.migrate.graph;

/**
 * What a step does to the database.
 */
public enum Direction {

	/** Runs a revision's upgrade. */
	UPGRADE,

	/** Runs a revision's downgrade. */
	DOWNGRADE,

	/** Rewrites version rows without running any revision. */
	STAMP

}
