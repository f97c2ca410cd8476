package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.script.MigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * Runs the steps of a plan on one connection, with the lock already held: each step's
 * statements, then its version-row changes and its history row, in the transactions the
 * dialect and the transaction mode allow.
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
		try {
			this.connection.setAutoCommit(!this.context.singleTransaction());
			for (Step step : plan.steps()) {
				runStep(plan, step);
			}
			if (this.context.singleTransaction()) {
				this.connection.commit();
			}
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	private void runStep(MigrationPlan plan, Step step) throws SQLException {
		MigrationScript script = this.context.script(step);
		boolean scriptInTransaction = this.context.inTransaction(script);
		String checksum = this.context.checksum(step, script);
		JdbcStatementSink sink = new JdbcStatementSink(this.connection);
		JdbcStatementSink bookkeeping = new JdbcStatementSink(this.connection);
		this.listeners.forEach((listener) -> listener.beforeStep(step));
		long start = System.nanoTime();
		try {
			this.connection.setAutoCommit(!scriptInTransaction);
			this.context.applyScript(script, step, sink, this.connection);
			this.connection.setAutoCommit(false);
			this.context.versionStatements(step).forEach(bookkeeping::execute);
			bookkeeping.execute(this.context.historyInsert(step, checksum, elapsed(start).toMillis(), true, 0, null));
			if (!this.context.singleTransaction()) {
				this.connection.commit();
			}
		}
		catch (RuntimeException ex) {
			Duration duration = elapsed(start);
			int kept = scriptInTransaction ? 0 : sink.executed().size();
			MigrationFailedException failure = fail(plan, step, sink, kept, ex);
			recordFailure(step, checksum, duration, kept, failure);
			this.listeners.forEach((listener) -> listener.onFailure(step, duration, ex));
			throw failure;
		}
		Duration duration = elapsed(start);
		logger.info(step.describe(true) + " (" + duration.toMillis() + " ms)");
		this.listeners.forEach((listener) -> listener.afterStep(step, duration));
	}

	private MigrationFailedException fail(MigrationPlan plan, Step step, JdbcStatementSink sink, int kept,
			RuntimeException ex) throws SQLException {
		if (!this.connection.getAutoCommit()) {
			this.connection.rollback();
		}
		this.connection.setAutoCommit(true);
		StringBuilder message = new StringBuilder();
		message.append(subject(step)).append(" failed");
		if (ex instanceof StatementFailedException statement) {
			message.append((statement.getLocation() != null) ? " at " + statement.getLocation() : "")
				.append("\n  statement: ")
				.append(statement.getSql())
				.append("\n  database said: ")
				.append(statement.getMessage());
		}
		else {
			message.append(": ").append(ex.getMessage());
		}
		message.append('\n');
		if (kept == 0) {
			List<String> at = this.context.singleTransaction() ? plan.startRows() : step.rowsBefore();
			message
				.append(this.context.singleTransaction() ? "The whole run was rolled back"
						: "The revision was rolled back")
				.append("; the database is at ")
				.append(describeRows(at))
				.append('.');
		}
		else {
			List<String> executed = sink.executed();
			message.append("This database cannot roll back DDL: ")
				.append(kept)
				.append(" statement(s) of this revision ran and stayed:\n")
				.append(IntStream.range(0, kept)
					.mapToObj((i) -> "  " + (i + 1) + ". " + executed.get(i))
					.collect(Collectors.joining("\n")))
				.append("\nThe version table still says ")
				.append(describeRows(step.rowsBefore()))
				.append(". Undo these statements by hand and run 'repair' to retry the revision, or finish it by hand")
				.append(" and run 'stamp ")
				.append(String.join(" ", step.rowsAfter().isEmpty() ? List.of("base") : step.rowsAfter()))
				.append("'.");
		}
		return new MigrationFailedException(message.toString(), ex);
	}

	private void recordFailure(Step step, @Nullable String checksum, Duration duration, int kept,
			MigrationFailedException failure) {
		try {
			new JdbcStatementSink(this.connection).execute(
					this.context.historyInsert(step, checksum, duration.toMillis(), false, kept, failure.getMessage()));
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	private static String subject(Step step) {
		Revision revision = step.revision();
		if (revision == null) {
			return "Stamp " + String.join(", ", step.from()) + " -> " + String.join(", ", step.to());
		}
		String message = revision.message().isEmpty() ? "" : "\"" + revision.message() + "\", ";
		return capitalize(RunContext.direction(step)) + " of revision " + revision.id() + " (" + message
				+ revision.source() + ")";
	}

	private static String describeRows(List<String> rows) {
		return rows.isEmpty() ? "base (no revision applied)" : "revision(s) " + String.join(", ", rows);
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
