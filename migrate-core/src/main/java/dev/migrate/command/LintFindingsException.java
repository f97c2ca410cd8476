package dev.migrate.command;

import dev.migrate.MigrateException;

/**
 * Thrown by {@code db lint} when a finding is at or above the {@code --fail-on} severity;
 * the report is still printed.
 */
public class LintFindingsException extends MigrateException {

	private final String report;

	/**
	 * Create a new {@link LintFindingsException} instance.
	 * @param message the error to show
	 * @param report the findings report
	 */
	public LintFindingsException(String message, String report) {
		super(message);
		this.report = report;
	}

	/**
	 * The findings report, printed as the command's output.
	 * @return the report
	 */
	public String report() {
		return this.report;
	}

}
