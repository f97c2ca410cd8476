package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
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

	private final Dialect dialect;

	private final VersionStore store;

	private final Map<String, MigrationScript> scripts;

	private final ScriptApplier applier;

	private final Checksums checksums;

	private final boolean singleTransaction;

	private final List<MigrationListener> listeners;

	OnlineRun(Connection connection, Dialect dialect, VersionStore store, Map<String, MigrationScript> scripts,
			ScriptApplier applier, TransactionMode mode, List<MigrationListener> listeners) {
		this.connection = connection;
		this.dialect = dialect;
		this.store = store;
		this.scripts = scripts;
		this.applier = applier;
		this.checksums = new Checksums(applier);
		this.singleTransaction = mode == TransactionMode.SINGLE && dialect.transactionalDdl();
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
			this.connection.setAutoCommit(!this.singleTransaction);
			for (Step step : plan.steps()) {
				runStep(plan, step);
			}
			if (this.singleTransaction) {
				this.connection.commit();
			}
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	private void runStep(MigrationPlan plan, Step step) throws SQLException {
		MigrationScript script = (step.revision() != null) ? this.scripts.get(step.revision().id()) : null;
		boolean scriptInTransaction = this.dialect.transactionalDdl() && (script == null || script.transactional());
		String checksum = (script != null && step.direction() == Direction.UPGRADE) ? this.checksums.of(script) : null;
		JdbcStatementSink sink = new JdbcStatementSink(this.connection);
		JdbcStatementSink bookkeeping = new JdbcStatementSink(this.connection);
		this.listeners.forEach((listener) -> listener.beforeStep(step));
		long start = System.nanoTime();
		try {
			this.connection.setAutoCommit(!scriptInTransaction);
			if (script != null) {
				this.applier.apply(script, step.direction(), sink, this.connection);
			}
			this.connection.setAutoCommit(false);
			step.versionChanges().forEach((change) -> bookkeeping.execute(this.store.versions().statementFor(change)));
			bookkeeping.execute(this.store.history()
				.insert(new HistoryRecord(revisionId(step), direction(step), step.rowsBefore(), step.rowsAfter(),
						checksum, elapsed(start).toMillis(), true, 0, null)));
			if (!this.singleTransaction) {
				this.connection.commit();
			}
		}
		catch (RuntimeException ex) {
			Duration duration = elapsed(start);
			int kept = scriptInTransaction ? 0 : sink.executed().size();
			MigrationFailedException failure = fail(plan, step, script, sink, kept, ex);
			recordFailure(step, checksum, duration, kept, failure);
			this.listeners.forEach((listener) -> listener.onFailure(step, duration, ex));
			throw failure;
		}
		Duration duration = elapsed(start);
		logger.info(step.describe(true) + " (" + duration.toMillis() + " ms)");
		this.listeners.forEach((listener) -> listener.afterStep(step, duration));
	}

	private MigrationFailedException fail(MigrationPlan plan, Step step, @Nullable MigrationScript script,
			JdbcStatementSink sink, int kept, RuntimeException ex) throws SQLException {
		if (!this.connection.getAutoCommit()) {
			this.connection.rollback();
		}
		this.connection.setAutoCommit(true);
		StringBuilder message = new StringBuilder();
		message.append(subject(step, script)).append(" failed");
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
			List<String> at = this.singleTransaction ? plan.startRows() : step.rowsBefore();
			message.append(this.singleTransaction ? "The whole run was rolled back" : "The revision was rolled back")
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
			new JdbcStatementSink(this.connection).execute(this.store.history()
				.insert(new HistoryRecord(revisionId(step), direction(step), step.rowsBefore(), step.rowsAfter(),
						checksum, duration.toMillis(), false, kept, failure.getMessage())));
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	private static String subject(Step step, @Nullable MigrationScript script) {
		Revision revision = step.revision();
		if (revision == null) {
			return "Stamp " + String.join(", ", step.from()) + " -> " + String.join(", ", step.to());
		}
		String source = (script != null) ? script.revision().source() : revision.source();
		String message = revision.message().isEmpty() ? "" : "\"" + revision.message() + "\", ";
		return capitalize(direction(step)) + " of revision " + revision.id() + " (" + message + source + ")";
	}

	private static String describeRows(List<String> rows) {
		return rows.isEmpty() ? "base (no revision applied)" : "revision(s) " + String.join(", ", rows);
	}

	private static @Nullable String revisionId(Step step) {
		return (step.revision() != null) ? step.revision().id() : null;
	}

	static String direction(Step step) {
		return step.direction().name().toLowerCase(Locale.ROOT);
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
