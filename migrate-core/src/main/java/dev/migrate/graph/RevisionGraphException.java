package dev.migrate.graph;

import java.util.List;

import dev.migrate.MigrateException;

/**
 * The revisions do not form a valid graph: duplicate ids, parents that do not exist,
 * cycles, clashing branch labels or malformed ids. Every problem is listed, each naming
 * the revisions and where they were loaded from.
 */
public class RevisionGraphException extends MigrateException {

	private final List<String> problems;

	/**
	 * Create a new {@link RevisionGraphException} instance.
	 * @param problems one sentence per problem
	 */
	public RevisionGraphException(List<String> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	private static String describe(List<String> problems) {
		if (problems.size() == 1) {
			return "Invalid revision graph: " + problems.get(0);
		}
		return "Invalid revision graph, " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems);
	}

	/**
	 * Return the problems found, one sentence each.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

}
