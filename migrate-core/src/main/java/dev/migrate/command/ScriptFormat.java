package dev.migrate.command;

/**
 * The format of a new revision script.
 */
public enum ScriptFormat {

	/** A {@code Migration} class using the dialect-neutral operations. */
	JAVA,

	/** A {@code .sql} file with {@code -- upgrade} and {@code -- downgrade} sections. */
	SQL

}
