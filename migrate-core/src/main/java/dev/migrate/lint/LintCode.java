package dev.migrate.lint;

/**
 * What a finding says: its code, severity, what happens at run time and the safe
 * alternative. Each code's text lives in exactly one class.
 */
public interface LintCode {

	/**
	 * The code, such as {@code drop-column}, named in suppressions.
	 * @return the code
	 */
	String code();

	/**
	 * How serious the finding is.
	 * @return the severity
	 */
	Severity severity();

	/**
	 * What happens when the revision runs.
	 * @return one sentence
	 */
	String problem();

	/**
	 * What to do instead.
	 * @return one sentence
	 */
	String alternative();

}
