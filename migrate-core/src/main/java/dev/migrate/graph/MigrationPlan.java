package dev.migrate.graph;

import java.util.List;

/**
 * The ordered steps that take a database from its version rows to a target, and the rows
 * it has afterwards.
 *
 * @param startRows the version rows before the first step
 * @param steps the steps, in the order they run
 * @param endRows the version rows after the last step
 */
public record MigrationPlan(List<String> startRows, List<Step> steps, List<String> endRows) {

	public MigrationPlan {
		startRows = List.copyOf(startRows);
		steps = List.copyOf(steps);
		endRows = List.copyOf(endRows);
	}

	/**
	 * Return whether the plan has nothing to do.
	 * @return whether there are no steps
	 */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

}
