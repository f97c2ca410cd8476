package dev.migrate.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way error messages suggest expressions to type instead: after the {@code "; "}
 * that ends the description of what went wrong, each suggestion quoted, the last joined
 * with "or".
 */
public final class Hints {

	private Hints() {
	}

	/**
	 * Join expressions as {@code 'a', 'b' or 'c'}.
	 * @param expressions the expressions, at least one
	 * @return the quoted list
	 */
	public static String either(List<String> expressions) {
		List<String> quoted = expressions.stream().map((expression) -> "'" + expression + "'").toList();
		if (quoted.size() == 1) {
			return quoted.get(0);
		}
		return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
				+ quoted.get(quoted.size() - 1);
	}

	/**
	 * Narrow an expression to a branch: {@code head-1} on {@code ae10} becomes
	 * {@code ae10@head-1}; a branch already given is replaced.
	 * @param branch the revision or label to follow
	 * @param expression the expression as typed
	 * @return the narrowed expression
	 */
	static String onBranch(String branch, String expression) {
		return branch + "@" + expression.substring(expression.indexOf('@') + 1);
	}

	/**
	 * Narrow an expression to each of several branches.
	 * @param branches the revisions or labels to follow
	 * @param expression the expression as typed
	 * @return the quoted alternatives
	 */
	static String onEachBranch(List<String> branches, String expression) {
		return either(branches.stream().map((branch) -> onBranch(branch, expression)).toList());
	}

}
