package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Resolves revision identifiers and symbols against a {@link RevisionGraph}, and walks
 * the graph by relative steps.
 */
final class RevisionLookup {

	/** Position of a walk below every base revision. */
	static final String BASE = "base";

	private final RevisionGraph graph;

	RevisionLookup(RevisionGraph graph) {
		this.graph = graph;
	}

	List<Revision> resolve(String expression) {
		return resolveIds(expression).stream().map(this.graph::get).toList();
	}

	Optional<Revision> resolveOne(String expression) {
		List<Revision> revisions = resolve(expression);
		if (revisions.size() > 1) {
			throw new MultipleHeadsException(revisions.stream().map(Revision::id).toList(), expression);
		}
		return revisions.stream().findFirst();
	}

	List<String> resolveIds(String expression) {
		int at = expression.indexOf('@');
		String branch = (at >= 0) ? expression.substring(0, at) : null;
		String symbol = (at >= 0) ? expression.substring(at + 1) : expression;
		switch (symbol) {
			case "heads":
				return (branch != null) ? filterForLineage(ids(this.graph.heads()), branch, false)
						: ids(this.graph.realHeads());
			case "head":
				return currentHead(branch).map(List::of).orElse(List.of());
			case "base":
			case "":
				return List.of();
			default:
				if (symbol.matches("-\\d+")) {
					return belowHeads(branch, Integer.parseInt(symbol));
				}
				return List.of(identify(symbol, branch));
		}
	}

	Optional<String> currentHead(@Nullable String branch) {
		List<String> heads = ids(this.graph.heads());
		if (branch != null) {
			heads = filterForLineage(heads, branch, false);
		}
		if (heads.size() > 1) {
			throw new MultipleHeadsException(heads, (branch != null) ? branch + "@head" : "head");
		}
		return heads.stream().findFirst();
	}

	private List<String> belowHeads(@Nullable String branch, int steps) {
		List<String> heads = ids(this.graph.realHeads());
		if (branch != null) {
			heads = filterForLineage(heads, branch, false);
		}
		String expression = (branch != null) ? branch + "@" + steps : String.valueOf(steps);
		List<String> result = new ArrayList<>();
		for (String head : heads) {
			String position = walk(head, steps, branch, expression);
			if (position == null) {
				throw overwalk(String.valueOf(steps), steps);
			}
			if (!BASE.equals(position)) {
				result.add(position);
			}
		}
		return result;
	}

	/**
	 * Find the revision for a full id, a branch label or a unique id prefix, optionally
	 * required to share lineage with a branch.
	 */
	String identify(String identifier, @Nullable String branch) {
		String branchRevision = (branch != null) ? resolveBranch(branch) : null;
		String id = exactMatch(identifier).orElseGet(() -> prefixMatch(identifier, branch));
		if (branchRevision != null && !this.graph.sharesLineage(id, branchRevision, false)) {
			throw new UnknownRevisionException(branch + "@" + identifier,
					"revision " + id + " is not a member of branch '" + branch + "'");
		}
		return id;
	}

	private Optional<String> exactMatch(String identifier) {
		return this.graph.find(identifier).or(() -> this.graph.labelOwner(identifier)).map(Revision::id);
	}

	private String prefixMatch(String prefix, @Nullable String branch) {
		List<String> candidates = this.graph.revisions()
			.stream()
			.map(Revision::id)
			.filter((id) -> id.length() > 3 && id.startsWith(prefix))
			.toList();
		if (branch != null) {
			candidates = filterForLineage(candidates, branch, false);
		}
		if (candidates.isEmpty()) {
			String scope = (branch != null) ? " on branch '" + branch + "'" : "";
			String hint = (prefix.length() < 4)
					? "please ensure at least four characters are present for partial revision identifier matches"
					: "no revision id" + scope + " starts with it and no branch label has this name";
			throw new UnknownRevisionException((branch != null) ? branch + "@" + prefix : prefix, hint);
		}
		if (candidates.size() > 1) {
			throw new AmbiguousRevisionException(prefix, candidates);
		}
		return candidates.get(0);
	}

	/**
	 * Find the revision a branch name stands for: the revision declaring that label, or a
	 * revision identified by id or prefix.
	 */
	String resolveBranch(String branch) {
		Optional<Revision> owner = this.graph.labelOwner(branch);
		if (owner.isPresent()) {
			return owner.get().id();
		}
		try {
			return identify(branch, null);
		}
		catch (UnknownRevisionException ex) {
			throw new UnknownRevisionException(branch, "no branch label or revision has this name");
		}
	}

	/**
	 * Keep the candidates that are ancestors or descendants of the revision the branch
	 * stands for.
	 */
	List<String> filterForLineage(Collection<String> candidates, String branch, boolean includeDependencies) {
		String anchor = resolveBranch(branch);
		return candidates.stream()
			.filter((candidate) -> this.graph.sharesLineage(candidate, anchor, includeDependencies))
			.toList();
	}

	/**
	 * Walk a number of steps up (positive) or down (negative) from a position: a revision
	 * id, {@link #BASE}, or {@code null} for "nothing yet" (up starts at the bases, down
	 * at the heads). With a branch, only revisions sharing its lineage are followed.
	 * Returns {@link #BASE} when a walk down ends below the bases, and {@code null} when
	 * it cannot take every step.
	 * @param expression the expression walked, as typed, for the hint when the walk
	 * reaches a branch point (up) or a merge point (down)
	 */
	@Nullable String walk(@Nullable String start, int steps, @Nullable String branch, String expression) {
		String position = start;
		for (int i = 0; i < Math.abs(steps); i++) {
			List<String> next = (steps > 0) ? stepUp(position, branch) : stepDown(position, branch);
			if (next.isEmpty()) {
				return null;
			}
			if (next.size() > 1) {
				throw new RevisionException("Ambiguous walk: '" + expression + "' reaches " + describe(position)
						+ ", which leads to " + String.join(", ", next) + "; name the branch to follow: "
						+ Hints.onEachBranch(next, expression));
			}
			position = next.get(0);
		}
		return position;
	}

	/**
	 * Return the revisions on the line of history below a tip, in the order an upgrade
	 * from base applies them: the tip's ancestors through their parents, only those
	 * sharing the lineage of the branch when one is given. Stepping back N revisions from
	 * the tip reverts the last N of this order.
	 */
	List<String> upgradeOrder(Collection<String> tips, @Nullable String branch) {
		Collection<String> lineage = this.graph.ancestors(tips, false);
		if (branch != null) {
			lineage = filterForLineage(lineage, branch, false);
		}
		return this.graph.parentsFirst(lineage);
	}

	private List<String> stepUp(@Nullable String position, @Nullable String branch) {
		if (BASE.equals(position)) {
			return stepUp(null, branch);
		}
		List<String> up = (position != null) ? this.graph.children(position) : ids(this.graph.bases());
		return (branch != null) ? filterForLineage(up, branch, false) : up;
	}

	private List<String> stepDown(@Nullable String position, @Nullable String branch) {
		if (BASE.equals(position)) {
			return List.of();
		}
		List<String> down = (position != null) ? this.graph.get(position).parents() : ids(this.graph.heads());
		if (branch != null) {
			down = filterForLineage(down, branch, false);
		}
		return down.isEmpty() ? List.of(BASE) : down;
	}

	private static String describe(@Nullable String position) {
		return (position != null) ? position : "base";
	}

	static RevisionException overwalk(String relative, int steps) {
		return new RevisionException("Relative revision " + relative + " didn't produce " + Math.abs(steps)
				+ " migrations; there are fewer revisions in that direction");
	}

	static List<String> ids(List<Revision> revisions) {
		return revisions.stream().map(Revision::id).toList();
	}

}
