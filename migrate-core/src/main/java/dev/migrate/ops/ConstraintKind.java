package dev.migrate.ops;

/**
 * The kinds of table {@link Constraint}. Some databases (MariaDB) drop each kind with a
 * different statement, so {@link DropConstraint} carries it.
 */
public enum ConstraintKind {

	/** A primary key. */
	PRIMARY_KEY,

	/** A unique constraint. */
	UNIQUE,

	/** A foreign key. */
	FOREIGN_KEY,

	/** A check constraint. */
	CHECK

}
