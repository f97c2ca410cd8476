package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Plans upgrades, downgrades and stamps: from a database's version rows and a target
 * expression, the ordered steps and the version-table changes of each. Pure: the rows are
 * given, nothing is read or run.
 */
public final class MigrationPlanner {

	private final RevisionGraph graph;

	private final RevisionLookup lookup;

	/**
	 * Create a new {@link MigrationPlanner} instance.
	 * @param graph the revision graph
	 */
	public MigrationPlanner(RevisionGraph graph) {
		this.graph = graph;
		this.lookup = graph.lookup();
	}

	/**
	 * Plan an upgrade. Targets are absolute ({@code heads}, {@code head}, an id,
	 * {@code label@head}, {@code ae10+2}) or relative to the rows ({@code +2},
	 * {@code label@+1}). A target already applied plans nothing.
	 * @param rows the current version rows
	 * @param target the target expression
	 * @return the plan, parents first
	 */
	public MigrationPlan upgrade(Collection<String> rows, String target) {
		List<String> current = checkedRows(rows);
		List<String> targets = upgradeTargets(current, target);
		checkNoOverlap(targets);
		Set<String> needed = this.graph.ancestors(targets, true);
		needed.removeAll(this.graph.ancestors(current, true));
		VersionRows versionRows = new VersionRows(this.graph, current);
		List<Step> steps = new ArrayList<>();
		for (String id : this.graph.parentsFirst(needed)) {
			steps.add(step(Direction.UPGRADE, this.graph.get(id), this.graph.normalizedDownRevisions(id), List.of(id),
					versionRows, (state) -> state.upgrade(id)));
		}
		return new MigrationPlan(current, steps, versionRows.rows());
	}

	/**
	 * Plan a downgrade: every applied revision above the target is reverted, children
	 * first. Targets are absolute ({@code base}, an id, {@code label@base},
	 * {@code head-1}) or relative to the rows ({@code -1}, {@code label@-1},
	 * {@code <rev>@-1}). A relative target steps back through the current revision's line
	 * of history in the reverse of the order an upgrade applies it, so {@code -1} at a
	 * merge reverts the merge and {@code -2} then the parent applied last.
	 * @param rows the current version rows
	 * @param target the target expression
	 * @return the plan, children first
	 */
	public MigrationPlan downgrade(Collection<String> rows, String target) {
		List<String> current = checkedRows(rows);
		RevisionExpression relative = RevisionExpression.parseRelative(target);
		Set<String> drop = (relative != null && relative.isFromCurrent() && relative.steps() < 0)
				? stepBack(current, relative, target) : revertAbove(current, target, relative);
		VersionRows versionRows = new VersionRows(this.graph, current);
		List<Step> steps = new ArrayList<>();
		for (String id : this.graph.childrenFirst(drop)) {
			steps.add(step(Direction.DOWNGRADE, this.graph.get(id), List.of(id), this.graph.normalizedDownRevisions(id),
					versionRows, (state) -> state.downgrade(id)));
		}
		return new MigrationPlan(current, steps, versionRows.rows());
	}

	/**
	 * Plan a stamp: the version rows are rewritten to the targets without running any
	 * revision. Each target replaces the rows on its line of history (ancestors or
	 * descendants); a target on no applied line adds a row; {@code base} or
	 * {@code label@base} removes rows.
	 * @param rows the current version rows
	 * @param targets the target expressions
	 * @param purge whether to delete every row first, including rows naming revisions no
	 * script defines
	 * @return the plan, one step per changed target
	 */
	public MigrationPlan stamp(Collection<String> rows, List<String> targets, boolean purge) {
		List<String> current = purge ? List.copyOf(rows) : checkedRows(rows);
		VersionRows versionRows = new VersionRows(this.graph, current);
		List<Step> steps = new ArrayList<>();
		if (purge) {
			steps.add(step(Direction.STAMP, null, current, List.of(), versionRows,
					(state) -> List.of(state.deleteAll())));
		}
		for (String target : targets) {
			List<String> destinations = stampDestinations(target);
			if (destinations.isEmpty()) {
				stampToBase(versionRows, target, steps);
			}
			for (String destination : destinations) {
				stampTo(versionRows, destination, steps);
			}
		}
		return new MigrationPlan(current, steps, versionRows.rows());
	}

	/**
	 * Select the revisions of a range along one line of history, both ends included,
	 * newest first. The start may be relative to the end ({@code -3:}: the end and the
	 * three revisions before it, in the reverse of the order an upgrade applies them),
	 * the end relative to the start ({@code ae10:+2}).
	 * @param range the range
	 * @return the revisions, children first
	 */
	public List<Revision> history(RevisionRange range) {
		String end = (range.end() != null) ? range.end() : "heads";
		RevisionExpression relative = (range.start() != null) ? RevisionExpression.parseRelative(range.start()) : null;
		if (relative != null && relative.isFromCurrent() && relative.steps() < 0) {
			return lastApplied(end, relative);
		}
		List<String> lower = rangeStart(range.start(), relative);
		Set<String> required = this.graph.ancestors(upgradeTargets(lower, end), true);
		if (!required.containsAll(lower)) {
			throw new RevisionException("Requested range " + range
					+ " does not refer to ancestor/descendant revisions along the same branch");
		}
		Set<String> selected = new LinkedHashSet<>(required);
		selected.removeAll(this.graph.ancestors(lower, true));
		selected.addAll(lower);
		if (!lower.isEmpty()) {
			selected.retainAll(this.graph.descendants(lower, false));
		}
		return this.graph.childrenFirst(selected).stream().map(this.graph::get).toList();
	}

	private List<String> rangeStart(@Nullable String start, @Nullable RevisionExpression relative) {
		if (start == null) {
			return List.of();
		}
		return (relative != null) ? walkFromSymbol(relative, start) : this.lookup.resolveIds(start);
	}

	/**
	 * The end of a range and the revisions an upgrade applies just before it, as many as
	 * the relative start steps back (fewer when the history is shorter), newest first.
	 */
	private List<Revision> lastApplied(String end, RevisionExpression start) {
		List<String> order = this.lookup.upgradeOrder(this.lookup.resolveIds(end), start.branch());
		List<String> shown = new ArrayList<>(
				order.subList(Math.max(0, order.size() - 1 + start.steps()), order.size()));
		Collections.reverse(shown);
		return shown.stream().map(this.graph::get).toList();
	}

	private List<String> stampDestinations(String target) {
		try {
			return this.lookup.resolveIds(target);
		}
		catch (MultipleHeadsException ex) {
			throw new MultipleHeadsException(ex.getHeads(), ex.getArgument(),
					"Multiple heads are present; please specify a single target revision, or 'heads' (heads: "
							+ String.join(", ", ex.getHeads()) + ")");
		}
	}

	private void stampToBase(VersionRows versionRows, String target, List<Step> steps) {
		int at = target.indexOf('@');
		List<String> lineage = (at >= 0)
				? this.lookup.filterForLineage(versionRows.rows(), target.substring(0, at), true) : versionRows.rows();
		for (String row : lineage) {
			steps.add(step(Direction.STAMP, null, List.of(row), List.of(), versionRows,
					(state) -> List.of(state.delete(row))));
		}
	}

	private void stampTo(VersionRows versionRows, String destination, List<Step> steps) {
		if (versionRows.contains(destination)) {
			return;
		}
		List<String> related = versionRows.rows()
			.stream()
			.filter((row) -> this.graph.sharesLineage(row, destination, true))
			.toList();
		steps.add(step(Direction.STAMP, null, related, List.of(destination), versionRows, (state) -> related.isEmpty()
				? List.of(state.insert(destination)) : state.replace(related, destination)));
	}

	private static Step step(Direction direction, @Nullable Revision revision, List<String> from, List<String> to,
			VersionRows rows, Function<VersionRows, List<VersionChange>> change) {
		List<String> before = rows.rows();
		List<VersionChange> changes = change.apply(rows);
		return new Step(direction, revision, from, to, changes, before, rows.rows());
	}

	private List<String> checkedRows(Collection<String> rows) {
		List<String> current = List.copyOf(new LinkedHashSet<>(rows));
		for (String row : current) {
			if (this.graph.find(row).isEmpty()) {
				throw new UnknownRevisionException(row,
						"the version table names it but no script defines it; restore the script, or rewrite the "
								+ "version table with db stamp --purge and the revision the schema is at, such as "
								+ "'db stamp --purge heads'");
			}
		}
		Overlap overlap = overlap(current);
		if (overlap != null) {
			throw new RevisionException("The version table lists " + overlap.id() + " and its ancestor(s) "
					+ String.join(", ", overlap.ancestors()) + "; rewrite it with 'db stamp --purge " + overlap.id()
					+ "'");
		}
		return current;
	}

	private void checkNoOverlap(List<String> ids) {
		Overlap overlap = overlap(ids);
		if (overlap != null) {
			String ancestors = String.join(", ", overlap.ancestors());
			throw new RevisionException("Requested revision " + overlap.id() + " overlaps with other requested "
					+ "revisions " + ancestors + "; " + ancestors + " is an ancestor of " + overlap.id() + ", so only "
					+ overlap.id() + " should be named");
		}
	}

	private @Nullable Overlap overlap(List<String> ids) {
		for (String id : ids) {
			Set<String> ancestors = this.graph.ancestors(List.of(id), true);
			List<String> overlaps = ids.stream()
				.filter((other) -> !other.equals(id) && ancestors.contains(other))
				.toList();
			if (!overlaps.isEmpty()) {
				return new Overlap(id, overlaps);
			}
		}
		return null;
	}

	private List<String> upgradeTargets(List<String> current, String target) {
		RevisionExpression relative = RevisionExpression.parseRelative(target);
		if (relative == null) {
			return this.lookup.resolveIds(target);
		}
		if (relative.steps() <= 0) {
			if (relative.isFromCurrent()) {
				throw RevisionLookup.overwalk(relative.signedSteps(), relative.steps());
			}
			return walkFromSymbol(relative, target);
		}
		if (!relative.isFromCurrent()) {
			return walkFromSymbol(relative, target);
		}
		String start = upgradeStart(current, relative.branch(), target);
		String position = this.lookup.walk(start, relative.steps(), relative.branch(), target);
		if (position == null) {
			throw RevisionLookup.overwalk(relative.signedSteps(), relative.steps());
		}
		return List.of(position);
	}

	private @Nullable String upgradeStart(List<String> current, @Nullable String branch, String target) {
		List<String> starts = current;
		if (branch != null) {
			starts = this.lookup.filterForLineage(current, branch, false);
			if (starts.isEmpty()) {
				List<String> onBranch = this.lookup.filterForLineage(this.graph.ancestors(current, false), branch,
						false);
				Set<String> below = onBranch.stream()
					.flatMap((id) -> this.graph.normalizedDownRevisions(id).stream())
					.collect(Collectors.toSet());
				starts = onBranch.stream().filter((id) -> !below.contains(id)).toList();
			}
		}
		if (starts.size() > 1) {
			throw new RevisionException("Ambiguous upgrade from multiple current revisions " + String.join(", ", starts)
					+ "; name the revision to step up from, " + Hints.onEachBranch(starts, target)
					+ ", or upgrade to 'heads'");
		}
		return starts.isEmpty() ? null : starts.get(0);
	}

	private List<String> walkFromSymbol(RevisionExpression relative, String target) {
		String symbol = (relative.branch() != null && relative.symbol() != null)
				? relative.branch() + "@" + relative.symbol() : relative.symbol();
		String start = (symbol != null) ? startOf(symbol, target) : null;
		String position = this.lookup.walk(start, relative.steps(), relative.branch(), target);
		if (position == null) {
			throw new RevisionException("Walked too far: '" + target + "' goes " + Math.abs(relative.steps())
					+ " steps " + ((relative.steps() > 0) ? "above " : "below ") + ((symbol != null) ? symbol : "base")
					+ ", past the end of the revision history");
		}
		return RevisionLookup.BASE.equals(position) ? List.of() : List.of(position);
	}

	private @Nullable String startOf(String symbol, String target) {
		try {
			return this.lookup.resolveOne(symbol).map(Revision::id).orElse(null);
		}
		catch (MultipleHeadsException ex) {
			throw new MultipleHeadsException(ex.getHeads(), target);
		}
	}

	/**
	 * Revert every applied revision above an absolute target, Alembic's way: all branches
	 * above it, or those of the branch the target names.
	 */
	private Set<String> revertAbove(List<String> current, String target, @Nullable RevisionExpression relative) {
		DowngradeTarget destination = downgradeTarget(target, relative);
		Set<String> drop = this.graph.descendants(downgradeRoots(destination), true);
		drop.retainAll(this.graph.ancestors(current, true));
		if (destination.revision() != null && drop.isEmpty() && !current.contains(destination.revision())) {
			throw new RevisionException("Destination " + destination.revision()
					+ " is not a valid downgrade target from current head(s) " + String.join(", ", current)
					+ "; a downgrade target must be an applied ancestor of the current revisions");
		}
		return drop;
	}

	private DowngradeTarget downgradeTarget(String target, @Nullable RevisionExpression relative) {
		try {
			if (relative == null) {
				int at = target.indexOf('@');
				String branch = (at > 0) ? target.substring(0, at) : null;
				return new DowngradeTarget(branch, this.lookup.resolveOne(target).map(Revision::id).orElse(null));
			}
			if (relative.isFromCurrent()) {
				throw RevisionLookup.overwalk(relative.signedSteps(), relative.steps());
			}
			List<String> position = walkFromSymbol(relative, target);
			return new DowngradeTarget(relative.branch(), position.isEmpty() ? null : position.get(0));
		}
		catch (MultipleHeadsException ex) {
			throw new MultipleHeadsException(ex.getHeads(), target,
					"Multiple head revisions are present for given argument '" + target
							+ "'; a downgrade target names one revision: " + Hints.onEachBranch(ex.getHeads(), target)
							+ " (heads: " + String.join(", ", ex.getHeads()) + ")");
		}
	}

	/**
	 * Step back from the current revision (the one on the branch, when the target names
	 * one): the last revisions of its line of history in the order an upgrade applies
	 * them, with every applied revision that depends on them. On a line without merges
	 * this is Alembic's walk down the parents.
	 */
	private Set<String> stepBack(List<String> current, RevisionExpression relative, String target) {
		String branch = relative.branch();
		String tip = (branch != null) ? currentOnBranch(current, branch, target)
				: singleCurrent(current, relative, target);
		List<String> order = this.lookup.upgradeOrder(List.of(tip), branch);
		int count = -relative.steps();
		if (count > order.size()) {
			throw new RevisionException("Relative revision " + target + " didn't produce " + count
					+ " migrations; only " + order.size() + " applied revisions lie on that line of history, so "
					+ Hints.either(List.of(((branch != null) ? branch + "@" : "") + "-" + order.size()))
					+ " is the furthest step back");
		}
		Set<String> drop = this.graph.descendants(order.subList(order.size() - count, order.size()), true);
		drop.retainAll(this.graph.ancestors(current, true));
		return drop;
	}

	private String singleCurrent(List<String> current, RevisionExpression relative, String target) {
		if (current.isEmpty()) {
			throw new RevisionException("Relative revision " + target + " didn't produce " + -relative.steps()
					+ " migrations; the database is at base, no revision is applied");
		}
		if (current.size() > 1) {
			throw new RevisionException("downgrade " + target + " from multiple heads (" + String.join(", ", current)
					+ ") is ambiguous; name the head to step back from: " + Hints.onEachBranch(current, target));
		}
		return current.get(0);
	}

	private String currentOnBranch(List<String> current, String branch, String target) {
		List<String> onBranch = this.lookup.filterForLineage(current, branch, false);
		if (onBranch.isEmpty()) {
			onBranch = this.lookup.filterForLineage(this.graph.currentTips(current), branch, false);
		}
		if (onBranch.isEmpty()) {
			throw new RevisionException("Cannot step back on branch '" + branch
					+ "': no current revision is on it; 'db current' lists the current revisions");
		}
		if (onBranch.size() > 1) {
			throw new RevisionException("Cannot step back on branch '" + branch
					+ "': several current revisions are on it (" + String.join(", ", onBranch)
					+ "); name the one to step back from: " + Hints.onEachBranch(onBranch, target));
		}
		return onBranch.get(0);
	}

	private List<String> downgradeRoots(DowngradeTarget destination) {
		List<String> roots = (destination.revision() == null) ? RevisionLookup.ids(this.graph.bases())
				: this.graph.children(destination.revision());
		if (destination.branch() != null && roots.size() > 1) {
			Set<String> lineage = this.graph.ancestors(List.of(this.lookup.resolveBranch(destination.branch())), false);
			roots = roots.stream().filter(lineage::contains).toList();
			if (roots.isEmpty()) {
				throw new RevisionException("Not a valid downgrade target from current heads: branch '"
						+ destination.branch() + "' does not continue above "
						+ ((destination.revision() != null) ? destination.revision() : "base"));
			}
		}
		return roots;
	}

	private record DowngradeTarget(@Nullable String branch, @Nullable String revision) {
	}

	private record Overlap(String id, List<String> ancestors) {
	}

}
