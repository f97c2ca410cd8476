package dev.migrate.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Revision graphs used across the graph tests, and a compact rendering of plans.
 */
final class TestGraphs {

	private TestGraphs() {
	}

	/** {@code aaaa1111 -> bbbb2222 -> cccc3333}. */
	static RevisionGraph linear() {
		return RevisionGraph.of(List.of(Revision.of("aaaa1111"), Revision.of("bbbb2222", "aaaa1111"),
				Revision.of("cccc3333", "bbbb2222")));
	}

	/**
	 * A branch point, a merge and a second branch, loaded in the order Alembic listed the
	 * files: {@code a1 -> b2}; {@code b2 -> c3, d4, f7}; {@code (c3, d4) -> m5 -> e6}.
	 */
	static RevisionGraph branchAndMerge() {
		return RevisionGraph.of(List.of(Revision.of("a1a1a1a1"), Revision.of("b2b2b2b2", "a1a1a1a1"),
				Revision.of("d4d4d4d4", "b2b2b2b2"), Revision.of("f7f7f7f7", "b2b2b2b2"),
				Revision.of("c3c3c3c3", "b2b2b2b2"), Revision.of("m5m5m5m5", "c3c3c3c3", "d4d4d4d4"),
				Revision.of("e6e6e6e6", "m5m5m5m5")));
	}

	/**
	 * Three roots tied by {@code dependsOn}: {@code acct0001 -> acct0002 -> acct0003}
	 * (depends on {@code net00002}); {@code net00001} (label networking)
	 * {@code -> net00002}; {@code cart0001} (label shoppingcart) {@code -> cart0002}
	 * (depends on the networking label).
	 */
	static RevisionGraph dependencies() {
		return RevisionGraph.of(List.of(Revision.of("acct0001"), Revision.of("acct0002", "acct0001"),
				Revision.of("net00001").withBranchLabels("networking"), Revision.of("net00002", "net00001"),
				Revision.of("cart0001").withBranchLabels("shoppingcart"),
				Revision.of("cart0002", "cart0001").withDependsOn("networking"),
				Revision.of("acct0003", "acct0002").withDependsOn("net00002")));
	}

	/**
	 * The sample application's revisions, in its load order (by file name, SQL scripts
	 * and Java classes together): {@code 1f0a -> 2a1b}; {@code 2a1b -> 3b2c} (label
	 * orders), {@code 4c3d} (label accounts); {@code (3b2c, 4c3d) -> 5d4e -> 6e5f}.
	 */
	static RevisionGraph sample() {
		return RevisionGraph.of(List.of(Revision.of("2a1b3c4d5e6f", "1f0a2b3c4d5e"),
				Revision.of("4c3d5e6f7081", "2a1b3c4d5e6f").withBranchLabels("accounts"),
				Revision.of("5d4e6f708192", "3b2c4d5e6f70", "4c3d5e6f7081"),
				Revision.of("3b2c4d5e6f70", "2a1b3c4d5e6f").withBranchLabels("orders"), Revision.of("1f0a2b3c4d5e"),
				Revision.of("6e5f708192a3", "5d4e6f708192")));
	}

	static List<String> ids(List<Revision> revisions) {
		return revisions.stream().map(Revision::id).toList();
	}

	/**
	 * Render a plan's steps as {@code upgrade b2 [UPDATE a1->b2]} lines.
	 */
	static List<String> describe(MigrationPlan plan) {
		return plan.steps().stream().map(TestGraphs::describe).toList();
	}

	private static String describe(Step step) {
		String subject = (step.revision() != null) ? step.revision().id()
				: String.join(",", step.from()) + "->" + String.join(",", step.to());
		String changes = step.versionChanges().stream().map(TestGraphs::describe).collect(Collectors.joining("; "));
		return step.direction().name().toLowerCase(java.util.Locale.ROOT) + " " + subject + " [" + changes + "]";
	}

	static String describe(VersionChange change) {
		if (change instanceof VersionChange.Insert insert) {
			return "INSERT " + insert.revision();
		}
		if (change instanceof VersionChange.Update update) {
			return "UPDATE " + update.from() + "->" + update.to();
		}
		if (change instanceof VersionChange.Delete delete) {
			return "DELETE " + delete.revision();
		}
		return "DELETE ALL";
	}

	/**
	 * All version changes of a plan, in order.
	 */
	static List<String> changes(MigrationPlan plan) {
		return plan.steps()
			.stream()
			.flatMap((step) -> step.versionChanges().stream())
			.map(TestGraphs::describe)
			.toList();
	}

}
