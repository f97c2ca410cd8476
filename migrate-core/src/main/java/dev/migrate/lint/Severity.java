package dev.migrate.lint;

/**
 * How serious a {@link Finding} is, from least to most.
 */
public enum Severity {

	/** Worth knowing; nothing breaks. */
	INFO,

	/** Blocks traffic or breaks a rolling deploy unless planned for. */
	WARNING,

	/** Loses data or fails on a table with rows. */
	ERROR;

	/**
	 * Whether this severity is the given one or more serious.
	 * @param threshold the least severity that counts
	 * @return {@code true} at or above the threshold
	 */
	public boolean isAtLeast(Severity threshold) {
		return compareTo(threshold) >= 0;
	}

}
