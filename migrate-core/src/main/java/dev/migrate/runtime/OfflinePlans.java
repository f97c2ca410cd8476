package dev.migrate.runtime;

import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.RevisionRange;

/**
 * Plans offline SQL, where no database says where it stands: the expression gives the
 * start ({@code start:end}) or the run starts at base.
 */
final class OfflinePlans {

	private final RevisionGraph graph;

	private final MigrationPlanner planner;

	OfflinePlans(RevisionGraph graph, MigrationPlanner planner) {
		this.graph = graph;
		this.planner = planner;
	}

	/**
	 * @param expression a target (from base) or a range {@code start:end}
	 */
	MigrationPlan upgrade(String expression) {
		RevisionRange range = range(expression);
		return this.planner.upgrade(startRows(range), Objects.requireNonNullElse(range.end(), "heads"));
	}

	/**
	 * @param expression a range {@code start:end}
	 */
	MigrationPlan downgrade(String expression) {
		if (!RevisionRange.isRange(expression)) {
			throw new MigrateException("downgrade with --sql requires <fromrev>:<torev>, such as 'heads:base'");
		}
		RevisionRange range = RevisionRange.parse(expression);
		return this.planner.downgrade(startRows(range), Objects.requireNonNullElse(range.end(), "base"));
	}

	/**
	 * @param expression a target (from base) or a range {@code start:end}
	 */
	MigrationPlan stamp(String expression) {
		RevisionRange range = range(expression);
		return this.planner.stamp(startRows(range), List.of(Objects.requireNonNullElse(range.end(), "heads")), false);
	}

	private static RevisionRange range(String expression) {
		return RevisionRange.isRange(expression) ? RevisionRange.parse(expression)
				: new RevisionRange(null, expression);
	}

	private List<String> startRows(RevisionRange range) {
		return (range.start() != null) ? this.graph.resolve(range.start()).stream().map(Revision::id).toList()
				: List.of();
	}

}
