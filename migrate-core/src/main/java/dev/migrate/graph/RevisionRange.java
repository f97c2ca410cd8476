package dev.migrate.graph;

import org.jspecify.annotations.Nullable;

/**
 * A range of revisions, {@code start:end}, as used by history and offline SQL. Either end
 * may be left out: {@code start:} runs to the heads, {@code :end} from the base.
 *
 * @param start the lower end, or {@code null} for the base
 * @param end the upper end, or {@code null} for the heads
 */
public record RevisionRange(@Nullable String start, @Nullable String end) {

	/**
	 * Parse a range expression.
	 * @param expression {@code start:end}, {@code start:} or {@code :end}
	 * @return the range
	 * @throws RevisionException when the expression has no colon
	 */
	public static RevisionRange parse(String expression) {
		int colon = expression.indexOf(':');
		if (colon < 0) {
			throw new RevisionException(
					"History range requires [start]:[end], [start]:, or :[end], not '" + expression + "'");
		}
		String start = expression.substring(0, colon).trim();
		String end = expression.substring(colon + 1).trim();
		return new RevisionRange(start.isEmpty() ? null : start, end.isEmpty() ? null : end);
	}

	/**
	 * Return whether an expression is a range rather than a single target.
	 * @param expression the expression
	 * @return whether it contains a colon
	 */
	public static boolean isRange(String expression) {
		return expression.indexOf(':') >= 0;
	}

	@Override
	public String toString() {
		return ((this.start != null) ? this.start : "") + ":" + ((this.end != null) ? this.end : "");
	}

}
