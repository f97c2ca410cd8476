package dev.migrate.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The version rows as they evolve while a plan is computed. Each method returns the
 * changes that move the rows through one step, applying them as it goes: Alembic's rules
 * for maintaining one row per applied head.
 */
final class VersionRows {

	private final RevisionGraph graph;

	private final Set<String> rows;

	VersionRows(RevisionGraph graph, List<String> rows) {
		this.graph = graph;
		this.rows = new LinkedHashSet<>(rows);
	}

	/**
	 * Return the rows in load order of their revisions.
	 */
	List<String> rows() {
		return this.graph.inLoadOrder(this.rows);
	}

	boolean contains(String id) {
		return this.rows.contains(id);
	}

	/**
	 * The revision becomes a head: a row of one of its parents (or of a dependency) moves
	 * to it; when several such rows exist they merge into it; when none does, it starts a
	 * new row.
	 */
	List<VersionChange> upgrade(String id) {
		List<String> present = this.graph.normalizedDownRevisions(id).stream().filter(this.rows::contains).toList();
		if (present.isEmpty()) {
			return List.of(insert(id));
		}
		return replace(present, id);
	}

	/**
	 * The revision stops being a head: its row moves back to its parents, except those
	 * another row already descends from; with no such parent the row is deleted.
	 */
	List<VersionChange> downgrade(String id) {
		Set<String> others = new LinkedHashSet<>(this.rows);
		others.remove(id);
		Set<String> stillApplied = this.graph.ancestors(others, true);
		List<String> targets = this.graph.normalizedDownRevisions(id)
			.stream()
			.filter((parent) -> !stillApplied.contains(parent))
			.toList();
		if (targets.isEmpty()) {
			return List.of(delete(id));
		}
		List<VersionChange> changes = new ArrayList<>();
		targets.subList(0, targets.size() - 1).forEach((parent) -> changes.add(insert(parent)));
		changes.add(update(id, targets.get(targets.size() - 1)));
		return changes;
	}

	/**
	 * The given rows are replaced by one row for the target: all but the last are
	 * deleted, the last moves to the target.
	 */
	List<VersionChange> replace(List<String> present, String target) {
		List<VersionChange> changes = new ArrayList<>();
		present.subList(0, present.size() - 1).forEach((row) -> changes.add(delete(row)));
		changes.add(update(present.get(present.size() - 1), target));
		return changes;
	}

	VersionChange insert(String id) {
		this.rows.add(id);
		return new VersionChange.Insert(id);
	}

	VersionChange delete(String id) {
		this.rows.remove(id);
		return new VersionChange.Delete(id);
	}

	VersionChange deleteAll() {
		this.rows.clear();
		return new VersionChange.DeleteAll();
	}

	private VersionChange update(String from, String to) {
		this.rows.remove(from);
		this.rows.add(to);
		return new VersionChange.Update(from, to);
	}

}
