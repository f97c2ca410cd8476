package dev.migrate.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A lint finding a revision suppresses, with the reason the team gives. Written
 * {@code -- migrate:lint-ignore CODE reason} in a SQL script (in the header for the whole
 * revision, or on a line before a statement for that statement) and
 * {@code @Revision(lintIgnore = "CODE reason")} in Java.
 *
 * @param code the code of the finding, such as {@code drop-column}
 * @param reason why the finding does not apply
 * @param line the line of a SQL directive before a statement: it suppresses the code for
 * the next statement only; {@code null} for the whole revision
 */
public record LintIgnore(String code, String reason, @Nullable Integer line) {

	/**
	 * How the directive starts in a SQL comment.
	 */
	public static final String DIRECTIVE = "migrate:lint-ignore";

	private static final Pattern VALUE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\s+(\\S.*)");

	/**
	 * Read {@code CODE reason}.
	 * @param value the code, then the reason
	 * @param line the line of a SQL directive in a section, {@code null} for the whole
	 * revision
	 * @param where {@code in ...}, naming the script for messages
	 * @return the suppression
	 * @throws ScriptException without a code or without a reason
	 */
	static LintIgnore parse(String value, @Nullable Integer line, String where) {
		Matcher matcher = VALUE.matcher(value.strip());
		if (!matcher.matches()) {
			throw new ScriptException("Lint suppression '" + value.strip() + "' " + where
					+ " needs a code and a reason, such as 'pg-index-not-concurrent the table has 20 rows'");
		}
		return new LintIgnore(matcher.group(1), matcher.group(2).strip(), line);
	}

	/**
	 * Whether this suppression covers the whole revision.
	 * @return {@code true} unless it is written before one statement
	 */
	public boolean isWholeRevision() {
		return this.line == null;
	}

}
