package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a list of revisions before a {@link RevisionGraph} is built from them,
 * collecting every problem rather than stopping at the first.
 */
final class GraphValidator {

	private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

	private static final String FORBIDDEN = "@-+:,";

	private final List<Revision> revisions;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Revision> byId = new LinkedHashMap<>();

	private final Map<String, Revision> labels = new HashMap<>();

	private GraphValidator(List<Revision> revisions) {
		this.revisions = revisions;
	}

	/**
	 * Check the revisions, throwing when anything is wrong.
	 * @param revisions the revisions in load order
	 * @throws RevisionGraphException listing every problem found
	 */
	static void validate(List<Revision> revisions) {
		GraphValidator validator = new GraphValidator(revisions);
		validator.checkIdsAndLabels();
		validator.checkReferences();
		if (validator.problems.isEmpty()) {
			validator.checkCycles("Cycle", Revision::parents);
			validator.checkCycles("Dependency cycle", validator::allParents);
		}
		if (!validator.problems.isEmpty()) {
			throw new RevisionGraphException(validator.problems);
		}
	}

	private void checkIdsAndLabels() {
		for (Revision revision : this.revisions) {
			checkName(revision.id(), "revision identifier", revision);
			Revision existing = this.byId.putIfAbsent(revision.id(), revision);
			if (existing != null) {
				this.problems.add("Revision " + revision.id() + " is present more than once: in " + existing.source()
						+ " and in " + revision.source() + "; give one of them a new id");
			}
		}
		for (Revision revision : this.revisions) {
			for (String label : revision.branchLabels()) {
				checkName(label, "branch label", revision);
				Revision owner = this.labels.putIfAbsent(label, revision);
				Revision sameId = this.byId.get(label);
				if (owner != null && owner != revision) {
					this.problems
						.add("Branch name '" + label + "' in revision " + revision.id() + " (" + revision.source()
								+ ") already used by revision " + owner.id() + " (" + owner.source() + ")");
				}
				else if (sameId != null) {
					this.problems.add("Branch name '" + label + "' in revision " + revision.id() + " ("
							+ revision.source() + ") is also the id of revision " + sameId.id() + " (" + sameId.source()
							+ "); branch labels and revision ids share one namespace");
				}
			}
		}
	}

	private void checkName(String name, String kind, Revision revision) {
		if (name.isBlank()) {
			this.problems.add("Empty " + kind + " in " + revision.source());
			return;
		}
		String illegal = illegalCharacters(name);
		if (!illegal.isEmpty()) {
			this.problems.add("Character(s) '" + illegal + "' not allowed in " + kind + " '" + name + "' ("
					+ revision.source() + ")");
		}
		else if (name.length() > Revision.MAX_ID_LENGTH) {
			this.problems.add("The " + kind + " '" + name + "' (" + revision.source() + ") is " + name.length()
					+ " characters long; the version table holds at most " + Revision.MAX_ID_LENGTH);
		}
		else if (RESERVED.contains(name)) {
			this.problems.add("'" + name + "' is a reserved word and cannot be used as a " + kind + " ("
					+ revision.source() + "); reserved: base, current, head, heads");
		}
	}

	/**
	 * The characters a name must not hold, each once, in the order they first occur; a
	 * plain loop, since this runs for every id and label of every load.
	 */
	private static String illegalCharacters(String name) {
		StringBuilder illegal = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if ((FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c)) && illegal.indexOf(String.valueOf(c)) < 0) {
				illegal.append(c);
			}
		}
		return illegal.toString();
	}

	private void checkReferences() {
		for (Revision revision : this.revisions) {
			for (String parent : revision.parents()) {
				if (parent.equals(revision.id())) {
					this.problems.add("Self-loop is detected in revisions (" + revision.id() + "): " + revision.source()
							+ " revises itself");
				}
				else if (!this.byId.containsKey(parent)) {
					this.problems.add("Revision " + revision.id() + " (" + revision.source() + ") revises '" + parent
							+ "', which no script defines; restore that revision's script or correct the parent");
				}
			}
			for (String dependency : revision.dependsOn()) {
				Revision target = resolveDependency(dependency);
				if (target == revision) {
					this.problems.add("Dependency self-loop is detected in revisions (" + revision.id() + "): "
							+ revision.source() + " depends on itself");
				}
				else if (target == null) {
					this.problems.add("Revision " + revision.id() + " (" + revision.source() + ") depends on '"
							+ dependency + "', which is neither a revision id nor a branch label");
				}
			}
		}
	}

	private Revision resolveDependency(String dependency) {
		Revision revision = this.byId.get(dependency);
		return (revision != null) ? revision : this.labels.get(dependency);
	}

	private List<String> allParents(Revision revision) {
		List<String> parents = new ArrayList<>(revision.parents());
		revision.dependsOn().forEach((dependency) -> parents.add(resolveDependency(dependency).id()));
		return parents;
	}

	private void checkCycles(String kind, Function<Revision, List<String>> parents) {
		Set<String> unsorted = remainingAfterTopologicalSort(parents);
		List<String> cycle = this.revisions.stream()
			.map(Revision::id)
			.filter(unsorted::contains)
			.filter((id) -> reachesItself(id, parents))
			.toList();
		if (!cycle.isEmpty()) {
			String sources = cycle.stream()
				.map((id) -> id + " in " + this.byId.get(id).source())
				.collect(Collectors.joining(", "));
			this.problems.add(kind + " is detected in revisions (" + String.join(", ", cycle) + "): " + sources);
		}
	}

	private Set<String> remainingAfterTopologicalSort(Function<Revision, List<String>> parents) {
		Map<String, Integer> pending = new HashMap<>();
		Map<String, List<String>> children = new HashMap<>();
		Deque<String> ready = new ArrayDeque<>();
		for (Revision revision : this.byId.values()) {
			List<String> ids = parents.apply(revision);
			pending.put(revision.id(), ids.size());
			ids.forEach((parent) -> children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(revision.id()));
			if (ids.isEmpty()) {
				ready.add(revision.id());
			}
		}
		Set<String> remaining = new HashSet<>(this.byId.keySet());
		while (!ready.isEmpty()) {
			String id = ready.poll();
			remaining.remove(id);
			for (String child : children.getOrDefault(id, List.of())) {
				if (pending.merge(child, -1, Integer::sum) == 0) {
					ready.add(child);
				}
			}
		}
		return remaining;
	}

	private boolean reachesItself(String start, Function<Revision, List<String>> parents) {
		Deque<String> todo = new ArrayDeque<>(parents.apply(this.byId.get(start)));
		Set<String> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (id.equals(start)) {
				return true;
			}
			if (seen.add(id)) {
				todo.addAll(parents.apply(this.byId.get(id)));
			}
		}
		return false;
	}

}
