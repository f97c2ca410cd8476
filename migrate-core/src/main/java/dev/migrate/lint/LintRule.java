package dev.migrate.lint;

/**
 * One check of one kind of {@link Change}.
 */
public interface LintRule extends LintCode {

	/**
	 * Whether the change is a hazard this rule reports.
	 * @param change the change
	 * @param context the dialect and what the revision did before the change
	 * @return {@code true} to report a finding
	 */
	boolean matches(Change change, LintContext context);

}
