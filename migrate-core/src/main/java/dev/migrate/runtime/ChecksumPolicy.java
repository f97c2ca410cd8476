package dev.migrate.runtime;

/**
 * What to do when an applied script was edited after it ran.
 */
public enum ChecksumPolicy {

	/** Refuse to migrate until the script is restored or the change acknowledged. */
	FAIL,

	/** Log a warning for each edited script and go on. */
	WARN,

	/** Do not compare checksums. */
	IGNORE

}
