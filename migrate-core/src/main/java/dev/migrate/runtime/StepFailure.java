package dev.migrate.runtime;

import java.time.Duration;
import java.util.List;

import dev.migrate.graph.Step;
import dev.migrate.script.MigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * A step of a run failed, and where that left the database: thrown by
 * {@link StepExecutor} after it rolled back the open transaction.
 */
final class StepFailure extends RuntimeException {

	private final Step step;

	private final @Nullable MigrationScript script;

	private final @Nullable String checksum;

	private final List<String> completed;

	private final boolean inTransaction;

	private final List<Step> committed;

	private final List<Step> rolledBack;

	private final List<String> committedRows;

	private final Duration duration;

	/**
	 * Create a new {@link StepFailure} instance.
	 * @param step the failed step
	 * @param script its script
	 * @param checksum the checksum of its script, if it has one
	 * @param cause what failed
	 * @param completed the statements of the step that completed before the failure
	 * @param inTransaction whether the step's work ran in the transaction that was rolled
	 * back
	 * @param committed the steps of the run that are committed
	 * @param rolledBack the earlier steps of the run rolled back with the failed one
	 * @param committedRows the version rows as committed
	 * @param duration how long the step ran
	 */
	StepFailure(Step step, @Nullable MigrationScript script, @Nullable String checksum, RuntimeException cause,
			List<String> completed, boolean inTransaction, List<Step> committed, List<Step> rolledBack,
			List<String> committedRows, Duration duration) {
		super(cause.getMessage(), cause);
		this.step = step;
		this.script = script;
		this.checksum = checksum;
		this.completed = List.copyOf(completed);
		this.inTransaction = inTransaction;
		this.committed = committed;
		this.rolledBack = rolledBack;
		this.committedRows = committedRows;
		this.duration = duration;
	}

	Step step() {
		return this.step;
	}

	@Nullable MigrationScript script() {
		return this.script;
	}

	@Nullable String checksum() {
		return this.checksum;
	}

	RuntimeException failure() {
		return (RuntimeException) getCause();
	}

	/**
	 * The statements of the failed step that completed before the failure.
	 */
	List<String> completed() {
		return this.completed;
	}

	/**
	 * The statements of the failed step that stayed in the database: none when its work
	 * was rolled back.
	 */
	List<String> kept() {
		return this.inTransaction ? List.of() : this.completed;
	}

	boolean inTransaction() {
		return this.inTransaction;
	}

	List<Step> committed() {
		return this.committed;
	}

	List<Step> rolledBack() {
		return this.rolledBack;
	}

	List<String> committedRows() {
		return this.committedRows;
	}

	Duration duration() {
		return this.duration;
	}

}
