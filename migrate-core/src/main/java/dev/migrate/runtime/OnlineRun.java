package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;

/**
 * Runs the steps of a plan on one connection, with the lock already held, through a
 * {@link StepExecutor}; a failure is recorded in the history table and reported as a
 * {@link MigrationFailedException} that says where the database stands.
 */
final class OnlineRun {

	private static final Log logger = LogFactory.getLog(Migrator.class);

	private final Connection connection;

	private final RunContext context;

	private final List<MigrationListener> listeners;

	OnlineRun(Connection connection, RunContext context, List<MigrationListener> listeners) {
		this.connection = connection;
		this.context = context;
		this.listeners = listeners;
	}

	/**
	 * Run every step of the plan.
	 * @param plan the plan
	 * @throws MigrationFailedException when a step fails, saying where the database
	 * stands
	 */
	void run(MigrationPlan plan) throws SQLException {
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(true);
		JdbcStatementSink sink = new JdbcStatementSink(this.connection);
		HistoryJournal journal = new HistoryJournal(this.connection, this.context);
		StepLogger stepLogger = new StepLogger(this.listeners.stream().anyMatch(MigrationListener::showsSteps));
		List<MigrationListener> listeners = new ArrayList<>();
		listeners.add(stepLogger);
		listeners.addAll(this.listeners);
		try {
			new StepExecutor(this.context, sink, journal, listeners).run(plan);
			stepLogger.ran(plan);
		}
		catch (StepFailure failure) {
			MigrationFailedException report = new FailureReport(this.context, plan, failure).exception();
			recordFailure(sink, journal, failure, report);
			throw report;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Write the failure's history row and remove the record of the started step in one
	 * transaction. When that fails too (the connection is gone), the record of the
	 * started step stays, and the next run stops on it.
	 */
	private void recordFailure(JdbcStatementSink sink, HistoryJournal journal, StepFailure failure,
			MigrationFailedException report) {
		try {
			sink.begin();
			sink.execute(this.context.historyInsert(failure.step(), failure.checksum(), failure.duration().toMillis(),
					false, failure.completed().size(), failure.kept().size(), report.getMessage()));
			journal.finished();
			sink.commit();
		}
		catch (RuntimeException ex) {
			report.addSuppressed(ex);
		}
	}

	/**
	 * Logs each step that ran at DEBUG, and the run at INFO once it ended (at DEBUG too
	 * when the steps are shown another way): one line per run keeps the log of a long
	 * upgrade short and costs no formatting per step when DEBUG is off.
	 */
	private static final class StepLogger implements MigrationListener {

		private final boolean shownElsewhere;

		private int steps;

		private long millis;

		StepLogger(boolean shownElsewhere) {
			this.shownElsewhere = shownElsewhere;
		}

		@Override
		public void afterStep(Step step, Duration duration) {
			this.steps++;
			this.millis += duration.toMillis();
			if (logger.isDebugEnabled()) {
				logger.debug(step.describe(true) + " (" + duration.toMillis() + " ms)");
			}
		}

		void ran(MigrationPlan plan) {
			String message = "Ran " + this.steps + ((this.steps == 1) ? " step" : " steps") + " in " + this.millis
					+ " ms, from " + rows(plan.startRows()) + " to " + rows(plan.endRows());
			if (this.shownElsewhere) {
				logger.debug(message);
			}
			else {
				logger.info(message);
			}
		}

		private static String rows(List<String> rows) {
			return rows.isEmpty() ? "base" : String.join(", ", rows);
		}

	}

}
