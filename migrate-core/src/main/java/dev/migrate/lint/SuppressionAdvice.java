package dev.migrate.lint;

import dev.migrate.script.LintIgnore;

/**
 * How to suppress a lint finding, in the words every report of findings uses: the
 * {@code db lint} command, startup's lint and migrate-test's lint check.
 */
public final class SuppressionAdvice {

	/**
	 * The advice, to follow "fix them, ": the SQL directive and the Java annotation
	 * attribute, each with a code and a reason.
	 */
	public static final String TEXT = "suppress one with '-- " + LintIgnore.DIRECTIVE
			+ " CODE reason' (SQL) or @Revision(lintIgnore = \"CODE reason\") (Java)";

	private SuppressionAdvice() {
	}

}
