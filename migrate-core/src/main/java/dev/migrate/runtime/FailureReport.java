package dev.migrate.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.MigrationScript;

/**
 * Tells what a failed step left in the database, and only what is true: "rolled back"
 * only for work the transaction held, the statements that ran and stayed otherwise, the
 * steps of the run that are committed, and the command that gets migrations going again.
 */
final class FailureReport {

	private final RunContext context;

	private final MigrationPlan plan;

	private final StepFailure failure;

	FailureReport(RunContext context, MigrationPlan plan, StepFailure failure) {
		this.context = context;
		this.plan = plan;
		this.failure = failure;
	}

	MigrationFailedException exception() {
		boolean needsRecovery = !this.failure.kept().isEmpty();
		return new MigrationFailedException(message(), this.failure.failure(), needsRecovery);
	}

	private String message() {
		Step step = this.failure.step();
		StringBuilder message = new StringBuilder(subject(step)).append(" failed");
		if (this.failure.failure() instanceof StatementFailedException statement) {
			message.append((statement.getLocation() != null) ? " at " + statement.getLocation() : "")
				.append("\n  statement: ")
				.append(statement.getSql())
				.append("\n  database said: ")
				.append(statement.getMessage());
			if (statement.getCause() instanceof SQLException cause) {
				timedOut(cause).ifPresent((hint) -> message.append("\n  ").append(hint));
			}
		}
		else {
			message.append(": ").append(this.failure.failure().getMessage());
		}
		message.append('\n');
		if (this.failure.inTransaction()) {
			message.append(rolledBack());
		}
		else {
			message.append(ranOutsideATransaction());
		}
		return message.toString();
	}

	/**
	 * Say which timeout ran out and where it is set, when the database gave up on a
	 * statement because of one.
	 */
	private Optional<String> timedOut(SQLException cause) {
		MigrationScript script = this.failure.script();
		DdlTimeouts own = (script != null) ? script.timeouts() : DdlTimeouts.NONE;
		DdlTimeouts timeouts = this.context.timeouts(script);
		if (timeouts.hasLockTimeout() && this.context.dialect().isLockTimeout(cause)) {
			return Optional.of("lock timeout: the statement waited " + timeouts.lockTimeout().toMillis()
					+ " ms for a lock another session holds and gave up, so the table's other queries did not queue"
					+ " behind it ("
					+ ((own.lockTimeout() != null) ? "lock-timeout of this revision" : "migrate.ddl-lock-timeout")
					+ "); run the migration again when that session's transaction has ended, or raise the timeout");
		}
		if (timeouts.hasStatementTimeout() && this.context.dialect().isStatementTimeout(cause)) {
			return Optional.of("statement timeout: the statement ran longer than "
					+ timeouts.statementTimeout().toMillis() + " ms and was cancelled ("
					+ ((own.statementTimeout() != null) ? "statement-timeout of this revision"
							: "migrate.ddl-statement-timeout")
					+ "); raise the timeout for this revision, or split the work into smaller steps");
		}
		return Optional.empty();
	}

	private String rolledBack() {
		List<Step> committed = this.failure.committed();
		String at = "; the database is at " + describeRows(this.failure.committedRows()) + ".";
		if (!this.context.singleTransaction()) {
			return "The revision was rolled back" + at;
		}
		if (committed.isEmpty()) {
			return "The whole run was rolled back" + at;
		}
		List<Step> rolledBack = new ArrayList<>(this.failure.rolledBack());
		rolledBack.add(this.failure.step());
		return "Rolled back: " + describeSteps(rolledBack) + ". Committed before: " + describeSteps(committed)
				+ " (a single-transaction run commits before and after each revision that runs outside a transaction)"
				+ at;
	}

	private String ranOutsideATransaction() {
		Step step = this.failure.step();
		List<String> kept = this.failure.kept();
		StringBuilder message = new StringBuilder();
		MigrationScript script = this.failure.script();
		if (this.context.dialect().transactionalDdl() && script != null && !script.transactional()) {
			message.append("The revision is marked 'transactional: false', so it ran outside a transaction: ");
		}
		else if (this.context.dialect().transactionalDdl()) {
			message.append("The revision makes an operation that ")
				.append(this.context.dialect().name())
				.append(" runs outside a transaction (such as adding an enum value or building an index concurrently), so it ran outside one: ");
		}
		else {
			message.append("This database commits each DDL statement as it runs, so nothing of this revision")
				.append(" was rolled back: ");
		}
		if (kept.isEmpty()) {
			message.append("no statement of it had completed, so nothing of it stayed.");
		}
		else {
			message.append(kept.size())
				.append(" statement(s) of this revision ran and stayed:\n")
				.append(Statements.numbered(kept));
		}
		if (this.context.singleTransaction() && !this.failure.committed().isEmpty()) {
			message.append("\nCommitted before: ").append(describeSteps(this.failure.committed())).append('.');
		}
		message.append("\nThe version table says ").append(describeRows(step.rowsBefore())).append('.');
		if (!kept.isEmpty()) {
			message.append(' ').append(RecoveryCommands.instructions(RunContext.direction(step), step.rowsAfter()));
		}
		return message.toString();
	}

	private String describeSteps(List<Step> steps) {
		return String.join(", ", steps.stream().map(FailureReport::describeStep).toList());
	}

	private static String describeStep(Step step) {
		Revision revision = step.revision();
		return (revision != null) ? RunContext.direction(step) + " of " + revision.id()
				: "stamp to " + describeRows(step.rowsAfter());
	}

	static String subject(Step step) {
		Revision revision = step.revision();
		if (revision == null) {
			return "Stamp " + String.join(", ", step.from()) + " -> " + String.join(", ", step.to());
		}
		String message = revision.message().isEmpty() ? "" : "\"" + revision.message() + "\", ";
		String direction = RunContext.direction(step);
		return direction.substring(0, 1).toUpperCase(Locale.ROOT) + direction.substring(1) + " of revision "
				+ revision.id() + " (" + message + revision.source() + ")";
	}

	static String describeRows(List<String> rows) {
		return rows.isEmpty() ? "base (no revision applied)" : "revision(s) " + String.join(", ", rows);
	}

}
