package dev.migrate.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.MigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * Runs the steps of a plan through a {@link StatementSink}, online and offline alike, and
 * decides where transactions begin, commit and roll back:
 * <ul>
 * <li>A step whose work runs in one transaction with its version rows (see
 * {@link RunContext#inTransaction}) runs in the run's transaction, which commits after
 * the step, or in {@link TransactionMode#SINGLE single} mode at the end of the run.</li>
 * <li>Any other step first commits what the run has done, is recorded as started by the
 * {@link StepJournal}, runs its statements each on its own, and then commits its version
 * rows and history row together.</li>
 * </ul>
 * The statements of every step's script are split before the first step runs. A failure
 * rolls the open transaction back and is thrown as a {@link StepFailure} that says what
 * was committed and what was not.
 */
final class StepExecutor {

	private final RunContext context;

	private final StatementSink sink;

	private final StepJournal journal;

	private final List<MigrationListener> listeners;

	private final List<Step> committed = new ArrayList<>();

	private final List<Step> uncommitted = new ArrayList<>();

	private List<String> committedRows = List.of();

	private boolean open;

	/**
	 * Create a new {@link StepExecutor} instance, for one run.
	 * @param context what the run needs for each step
	 * @param sink where the statements go
	 * @param journal records steps that run outside a transaction
	 * @param listeners called around each step
	 */
	StepExecutor(RunContext context, StatementSink sink, StepJournal journal, List<MigrationListener> listeners) {
		this.context = context;
		this.sink = sink;
		this.journal = journal;
		this.listeners = listeners;
	}

	/**
	 * Run every step of the plan.
	 * @param plan the plan
	 * @throws StepFailure when a step fails, after rolling back the open transaction
	 */
	void run(MigrationPlan plan) {
		this.committedRows = plan.startRows();
		plan.steps().forEach(this.context::split);
		for (Step step : plan.steps()) {
			runStep(step);
		}
		if (this.open) {
			commit();
		}
	}

	private void runStep(Step step) {
		MigrationScript script = this.context.script(step);
		boolean inTransaction = this.context.inTransaction(script, step.direction());
		String checksum = this.context.checksum(step, script);
		DdlTimeouts timeouts = this.context.timeouts(script);
		List<String> completed = new ArrayList<>();
		this.sink.comment(step.describe(false));
		this.listeners.forEach((listener) -> listener.beforeStep(step));
		long start = System.nanoTime();
		try {
			if (inTransaction) {
				beginUnlessOpen();
			}
			else {
				if (this.open) {
					commit();
				}
				this.journal.started(step, checksum);
			}
			this.context.dialect().setTimeouts(timeouts, inTransaction).forEach(this.sink::execute);
			this.context.applyScript(script, step, (sql) -> {
				this.sink.execute(sql);
				completed.add(sql);
				if (!inTransaction) {
					this.journal.progress(completed);
				}
			}, this.sink.connection());
			this.context.dialect().resetTimeouts(timeouts, inTransaction).forEach(this.sink::execute);
			beginUnlessOpen();
			List<String> bookkeeping = new ArrayList<>(this.context.versionStatements(step));
			bookkeeping
				.add(this.context.historyInsert(step, checksum, measured(start), true, completed.size(), 0, null));
			this.sink.executeAll(bookkeeping);
			this.journal.finished();
			this.uncommitted.add(step);
			if (!inTransaction || !this.context.singleTransaction()) {
				commit();
			}
		}
		catch (RuntimeException ex) {
			Duration duration = elapsed(start);
			List<Step> rolledBack = List.copyOf(this.uncommitted);
			rollbackIfOpen(ex);
			if (!inTransaction) {
				resetAfterFailure(timeouts, ex);
			}
			this.listeners.forEach((listener) -> listener.onFailure(step, duration, ex));
			throw new StepFailure(step, script, checksum, ex, completed, inTransaction, List.copyOf(this.committed),
					rolledBack, this.committedRows, duration);
		}
		Duration duration = elapsed(start);
		this.listeners.forEach((listener) -> listener.afterStep(step, duration));
	}

	/**
	 * Give the session its own timeouts back after a revision that failed outside a
	 * transaction, so the connection does not keep the revision's.
	 */
	private void resetAfterFailure(DdlTimeouts timeouts, RuntimeException failure) {
		try {
			this.context.dialect().resetTimeouts(timeouts, false).forEach(this.sink::execute);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	private void beginUnlessOpen() {
		if (!this.open) {
			this.sink.begin();
			this.open = true;
		}
	}

	private void commit() {
		this.sink.commit();
		this.open = false;
		if (!this.uncommitted.isEmpty()) {
			this.committedRows = this.uncommitted.get(this.uncommitted.size() - 1).rowsAfter();
			this.committed.addAll(this.uncommitted);
			this.uncommitted.clear();
		}
	}

	private void rollbackIfOpen(RuntimeException failure) {
		if (this.open) {
			this.open = false;
			try {
				this.sink.rollback();
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
	}

	/**
	 * How long the step took, measured online only: an offline script records no time.
	 */
	private @Nullable Long measured(long start) {
		return (this.sink.connection() != null) ? elapsed(start).toMillis() : null;
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
