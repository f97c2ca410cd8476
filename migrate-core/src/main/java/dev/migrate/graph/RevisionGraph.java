package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The immutable graph of revisions: each revision points at the revisions it revises (its
 * parents) and, for ordering only, at the revisions it depends on. Built and validated by
 * {@link #of(List)}; resolves revision expressions through {@link #resolve(String)}.
 *
 * <p>
 * Lists of revisions are returned in load order, or parents first where the method says
 * so, so every result is deterministic.
 */
public final class RevisionGraph {

	private final List<Revision> revisions;

	private final Map<String, Revision> byId = new LinkedHashMap<>();

	private final Map<String, Integer> loadOrder = new HashMap<>();

	private final Map<String, List<String>> children = new HashMap<>();

	private final Map<String, List<String>> dependents = new HashMap<>();

	private final Map<String, List<String>> dependencies = new HashMap<>();

	private final Map<String, List<String>> normalizedDownRevisions = new HashMap<>();

	private final Map<String, Revision> labelOwners = new HashMap<>();

	private final Map<String, Set<String>> branchLabels = new HashMap<>();

	private final RevisionLookup lookup;

	private RevisionGraph(List<Revision> revisions) {
		this.revisions = List.copyOf(revisions);
		for (Revision revision : this.revisions) {
			this.loadOrder.put(revision.id(), this.loadOrder.size());
			this.byId.put(revision.id(), revision);
			revision.branchLabels().forEach((label) -> this.labelOwners.put(label, revision));
		}
		for (Revision revision : this.revisions) {
			revision.parents()
				.forEach((parent) -> this.children.computeIfAbsent(parent, this::newList).add(revision.id()));
			List<String> resolved = revision.dependsOn().stream().map(this::dependencyId).distinct().toList();
			this.dependencies.put(revision.id(), resolved);
			resolved
				.forEach((dependency) -> this.dependents.computeIfAbsent(dependency, this::newList).add(revision.id()));
		}
		this.revisions.forEach(this::normalizeDownRevisions);
		this.revisions.forEach(this::propagateBranchLabels);
		this.lookup = new RevisionLookup(this);
	}

	/**
	 * Build and validate the graph of the given revisions.
	 * @param revisions the revisions, in load order (which breaks ties in every ordering)
	 * @return the graph
	 * @throws RevisionGraphException when the revisions do not form a valid graph
	 */
	public static RevisionGraph of(List<Revision> revisions) {
		GraphValidator.validate(revisions);
		return new RevisionGraph(revisions);
	}

	private List<String> newList(String key) {
		return new ArrayList<>();
	}

	private String dependencyId(String dependency) {
		return this.byId.containsKey(dependency) ? dependency : this.labelOwners.get(dependency).id();
	}

	private void normalizeDownRevisions(Revision revision) {
		List<String> dependencies = this.dependencies.get(revision.id());
		if (dependencies.isEmpty()) {
			this.normalizedDownRevisions.put(revision.id(), revision.parents());
			return;
		}
		Set<String> implied = ancestors(revision.parents(), true);
		List<String> kept = dependencies.stream()
			.filter((dependency) -> !implied.contains(dependency))
			.filter((dependency) -> dependencies.stream()
				.noneMatch(
						(other) -> !other.equals(dependency) && ancestors(List.of(other), true).contains(dependency)))
			.toList();
		List<String> down = new ArrayList<>(revision.parents());
		kept.stream().filter((id) -> !down.contains(id)).forEach(down::add);
		this.normalizedDownRevisions.put(revision.id(), List.copyOf(down));
	}

	private void propagateBranchLabels(Revision revision) {
		for (String label : revision.branchLabels()) {
			descendants(List.of(revision.id()), false).forEach((id) -> labelsOf(id).add(label));
			Revision current = revision;
			while (current.parents().size() == 1) {
				Revision parent = this.byId.get(current.parents().get(0));
				if (isBranchPoint(parent.id()) || parent.isMerge()) {
					break;
				}
				labelsOf(parent.id()).add(label);
				current = parent;
			}
		}
	}

	private Set<String> labelsOf(String id) {
		return this.branchLabels.computeIfAbsent(id, (key) -> new TreeSet<>());
	}

	/**
	 * Return every revision, in load order.
	 * @return the revisions
	 */
	public List<Revision> revisions() {
		return this.revisions;
	}

	/**
	 * Return whether the graph has no revisions.
	 * @return whether the graph is empty
	 */
	public boolean isEmpty() {
		return this.revisions.isEmpty();
	}

	/**
	 * Return the revision with the given full id.
	 * @param id the full revision id
	 * @return the revision, or empty when none has this id
	 */
	public Optional<Revision> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * Return the revision with the given full id.
	 * @param id the full revision id
	 * @return the revision
	 * @throws UnknownRevisionException when no revision has this id
	 */
	public Revision get(String id) {
		Revision revision = this.byId.get(id);
		if (revision == null) {
			throw new UnknownRevisionException(id, "");
		}
		return revision;
	}

	/**
	 * Return the revision that declares the given branch label.
	 * @param label the branch label
	 * @return the declaring revision, or empty when no revision declares it
	 */
	public Optional<Revision> labelOwner(String label) {
		return Optional.ofNullable(this.labelOwners.get(label));
	}

	/**
	 * Return the branch labels that apply to a revision: the labels it declares, those of
	 * the revisions it descends from, and those of the revisions above it on the same
	 * line of history (up to the nearest branch or merge point).
	 * @param id the revision id
	 * @return the labels, sorted
	 */
	public List<String> branchLabels(String id) {
		return List.copyOf(this.branchLabels.getOrDefault(id, Set.of()));
	}

	/**
	 * Return the heads: revisions that no revision revises. A head that other revisions
	 * depend on is an effective head (see {@link #isEffectiveHead(String)}).
	 * @return the heads, in load order
	 */
	public List<Revision> heads() {
		return this.revisions.stream().filter((revision) -> children(revision.id()).isEmpty()).toList();
	}

	/**
	 * Return the real heads: revisions that no revision revises or depends on. This is
	 * what the {@code heads} expression resolves to.
	 * @return the real heads, in load order
	 */
	public List<Revision> realHeads() {
		return this.revisions.stream().filter((revision) -> isHead(revision.id())).toList();
	}

	/**
	 * Return the bases: revisions with no parents.
	 * @return the bases, in load order
	 */
	public List<Revision> bases() {
		return this.revisions.stream().filter(Revision::isBase).toList();
	}

	/**
	 * Return the branch points: revisions that more than one revision revises.
	 * @return the branch points, in load order
	 */
	public List<Revision> branchPoints() {
		return this.revisions.stream().filter((revision) -> isBranchPoint(revision.id())).toList();
	}

	/**
	 * Return the merge points: revisions with more than one parent.
	 * @return the merge points, in load order
	 */
	public List<Revision> mergePoints() {
		return this.revisions.stream().filter(Revision::isMerge).toList();
	}

	/**
	 * Return whether no revision revises or depends on the given one.
	 * @param id the revision id
	 * @return whether it is a real head
	 */
	public boolean isHead(String id) {
		return children(id).isEmpty() && dependents(id).isEmpty();
	}

	/**
	 * Return whether no revision revises the given one while some depend on it.
	 * @param id the revision id
	 * @return whether it is an effective head
	 */
	public boolean isEffectiveHead(String id) {
		return children(id).isEmpty() && !dependents(id).isEmpty();
	}

	/**
	 * Return whether more than one revision revises the given one.
	 * @param id the revision id
	 * @return whether it is a branch point
	 */
	public boolean isBranchPoint(String id) {
		return children(id).size() > 1;
	}

	/**
	 * Return the revisions that revise the given one.
	 * @param id the revision id
	 * @return the child ids, in load order
	 */
	public List<String> children(String id) {
		return List.copyOf(this.children.getOrDefault(id, List.of()));
	}

	/**
	 * Return the revisions that depend on the given one.
	 * @param id the revision id
	 * @return the dependent ids, in load order
	 */
	public List<String> dependents(String id) {
		return List.copyOf(this.dependents.getOrDefault(id, List.of()));
	}

	/**
	 * Return the ids of the revisions the given one depends on, branch labels resolved.
	 * @param id the revision id
	 * @return the dependency ids, as declared
	 */
	public List<String> dependencies(String id) {
		return this.dependencies.getOrDefault(id, List.of());
	}

	/**
	 * Return the parents of a revision followed by those of its dependencies that its
	 * ancestry does not already imply. These are the version rows an upgrade to the
	 * revision replaces.
	 * @param id the revision id
	 * @return the normalized down revisions
	 */
	public List<String> normalizedDownRevisions(String id) {
		return this.normalizedDownRevisions.getOrDefault(id, List.of());
	}

	/**
	 * Return the given revisions and all their ancestors.
	 * @param ids the revision ids
	 * @param includeDependencies whether to follow {@code dependsOn} as well as parents
	 * @return the ids, including the given ones
	 */
	public Set<String> ancestors(Collection<String> ids, boolean includeDependencies) {
		return closure(ids, (id) -> includeDependencies ? allDownRevisions(id) : get(id).parents());
	}

	/**
	 * Return the given revisions and all their descendants.
	 * @param ids the revision ids
	 * @param includeDependencies whether to follow dependents as well as children
	 * @return the ids, including the given ones
	 */
	public Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
		return closure(ids, (id) -> includeDependencies ? allUpRevisions(id) : children(id));
	}

	/**
	 * Return whether two revisions are on one line of history: one is an ancestor of the
	 * other (or they are the same).
	 * @param id one revision id
	 * @param other another revision id
	 * @param includeDependencies whether {@code dependsOn} links lineage
	 * @return whether they share lineage
	 */
	public boolean sharesLineage(String id, String other, boolean includeDependencies) {
		return ancestors(List.of(id), includeDependencies).contains(other)
				|| descendants(List.of(id), includeDependencies).contains(other);
	}

	/**
	 * Return the tips of the applied history that the given version rows stand for: the
	 * rows plus everything they depend on, keeping only revisions with no applied
	 * descendant on the same line. A dependency whose own branch has no row shows up here
	 * as an effective head.
	 * @param rows the version rows
	 * @return the tip ids, in load order
	 */
	public List<String> currentTips(Collection<String> rows) {
		Set<String> applied = ancestors(rows, true);
		List<String> tips = new ArrayList<>();
		for (Revision revision : this.revisions) {
			if (applied.contains(revision.id()) && !hasAppliedChild(revision.id(), applied)) {
				tips.add(revision.id());
			}
		}
		return List.copyOf(tips);
	}

	/**
	 * Whether a child of the revision is applied. The applied set holds every ancestor of
	 * its members, so a revision has an applied descendant exactly when it has an applied
	 * child.
	 */
	private boolean hasAppliedChild(String id, Set<String> applied) {
		for (String child : this.children.getOrDefault(id, List.of())) {
			if (applied.contains(child)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Order revisions parents first: every revision comes after its parents and its
	 * dependencies. Ties are broken by load order, finishing one line of history before
	 * starting the next.
	 * @param ids the revision ids to order
	 * @return the ids, parents first
	 */
	public List<String> parentsFirst(Collection<String> ids) {
		Set<String> todo = new HashSet<>(ids);
		List<String> ordered = new ArrayList<>(todo.size());
		Set<String> done = new HashSet<>();
		for (Revision revision : this.revisions) {
			if (todo.contains(revision.id())) {
				visitParentsFirst(revision.id(), todo, done, ordered);
			}
		}
		return ordered;
	}

	private void visitParentsFirst(String start, Set<String> todo, Set<String> done, List<String> ordered) {
		Deque<String> stack = new ArrayDeque<>();
		stack.push(start);
		while (!stack.isEmpty()) {
			String id = stack.peek();
			if (done.contains(id)) {
				stack.pop();
				continue;
			}
			Optional<String> pending = allDownRevisions(id).stream()
				.filter((parent) -> todo.contains(parent) && !done.contains(parent))
				.findFirst();
			if (pending.isPresent()) {
				stack.push(pending.get());
			}
			else {
				stack.pop();
				done.add(id);
				ordered.add(id);
			}
		}
	}

	/**
	 * Order revisions children first, the reverse of {@link #parentsFirst(Collection)}.
	 * @param ids the revision ids to order
	 * @return the ids, children first
	 */
	public List<String> childrenFirst(Collection<String> ids) {
		List<String> ordered = new ArrayList<>(parentsFirst(ids));
		Collections.reverse(ordered);
		return ordered;
	}

	/**
	 * Resolve a revision expression that names revisions directly: {@code head},
	 * {@code heads}, {@code base}, a full id, a unique id prefix of any length, a branch
	 * label, {@code <label>@head}, {@code <label>@heads}, {@code <rev>@head},
	 * {@code <label>@<rev>}, {@code <label>@base} and {@code -N} (N below every head).
	 * @param expression the expression
	 * @return the revisions it names, empty for {@code base}
	 * @throws RevisionException when it names nothing, or is ambiguous
	 */
	public List<Revision> resolve(String expression) {
		return this.lookup.resolve(expression);
	}

	/**
	 * Resolve an expression that must name at most one revision.
	 * @param expression the expression
	 * @return the revision, or empty for {@code base}
	 * @throws RevisionException when it names nothing, several revisions, or is ambiguous
	 */
	public Optional<Revision> resolveOne(String expression) {
		return this.lookup.resolveOne(expression);
	}

	RevisionLookup lookup() {
		return this.lookup;
	}

	/**
	 * Sort revision ids by load order; ids of no revision keep their order, last.
	 * @param ids the ids
	 * @return the ids, sorted
	 */
	public List<String> inLoadOrder(Collection<String> ids) {
		return ids.stream()
			.sorted(Comparator.comparing((id) -> this.loadOrder.getOrDefault(id, Integer.MAX_VALUE)))
			.toList();
	}

	private List<String> allDownRevisions(String id) {
		List<String> all = new ArrayList<>(get(id).parents());
		all.addAll(dependencies(id));
		return all;
	}

	private List<String> allUpRevisions(String id) {
		List<String> all = new ArrayList<>(children(id));
		all.addAll(dependents(id));
		return all;
	}

	private Set<String> closure(Collection<String> start, Function<String, List<String>> next) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>(start);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (seen.add(id)) {
				todo.addAll(next.apply(id));
			}
		}
		return seen;
	}

}
