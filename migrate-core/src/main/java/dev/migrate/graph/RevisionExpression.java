package dev.migrate.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A relative revision expression: {@code +N} or {@code -N} steps, optionally from a
 * symbol ({@code head-1}, {@code ae10+2}) and within a branch ({@code networking@+1},
 * {@code networking@head-1}).
 *
 * @param branch the branch label or revision before {@code @}, if any
 * @param symbol the revision or symbol the steps start from; none means the database's
 * current revisions
 * @param steps the signed number of steps
 */
record RevisionExpression(@Nullable String branch, @Nullable String symbol, int steps) {

	private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

	/**
	 * Parse a relative expression.
	 * @param expression the expression
	 * @return the parsed expression, or {@code null} when the expression is not relative
	 */
	static @Nullable RevisionExpression parseRelative(String expression) {
		Matcher matcher = RELATIVE.matcher(expression);
		if (!matcher.matches()) {
			return null;
		}
		return new RevisionExpression(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
	}

	/**
	 * Return the steps as written, such as {@code -1} or {@code +2}.
	 * @return the signed steps
	 */
	String signedSteps() {
		return (this.steps >= 0) ? "+" + this.steps : String.valueOf(this.steps);
	}

	/**
	 * Return whether the steps start from the database's current revisions.
	 * @return whether the expression is relative to the current revisions
	 */
	boolean isFromCurrent() {
		return this.symbol == null;
	}

}
