package dev.migrate.runtime;

import java.util.List;
import java.util.Locale;

import dev.migrate.graph.Direction;
import dev.migrate.script.MigrationScript;

/**
 * Says why migrations are stopped by an {@link HistoryEntry#isUnresolvedFailure()
 * unresolved failure}, what may be in the database, and the two ways out (a failure's
 * recorded message names them already).
 */
final class UnresolvedFailureMessage {

	private UnresolvedFailureMessage() {
	}

	/**
	 * Describe the failure.
	 * @param entry the unresolved history entry
	 * @param context the scripts of the application
	 * @return the message
	 */
	static String of(HistoryEntry entry, RunContext context) {
		MigrationScript script = (entry.revision() != null) ? context.scripts().get(entry.revision()) : null;
		String source = (script != null) ? script.revision().source() : null;
		List<String> planned = (script != null && entry.isUnfinished())
				? context.plannedStatements(script, Direction.valueOf(entry.direction().toUpperCase(Locale.ROOT)))
				: List.of();
		String revision = "revision " + entry.revision() + ((source != null) ? " (" + source + ")" : "");
		StringBuilder message = new StringBuilder();
		if (entry.isUnfinished()) {
			message.append("The ")
				.append(entry.direction())
				.append(" of ")
				.append(revision)
				.append(" started at ")
				.append(entry.appliedAt())
				.append(" and never finished: its run stopped (the process was killed or lost its connection)")
				.append(" while the revision ran outside a transaction. Migrations are stopped until an operator")
				.append(" resolves it; nothing of it is run again.\n");
			int done = entry.statementsLeftBehind();
			message.append("Statements known to have completed:")
				.append((done == 0 || entry.message() == null) ? " none" : "\n" + entry.message())
				.append('\n');
			if (done < planned.size()) {
				message.append("Statement that may have run:\n")
					.append(Statements.numbered(List.of(planned.get(done)), done));
			}
			else if (planned.isEmpty()) {
				message.append("The statements that may have run are those of the script after the ")
					.append(done)
					.append(" that completed.");
			}
			else {
				message.append("Every statement had completed; only the version row was not written.");
			}
			message.append('\n').append(RecoveryCommands.instructions(entry));
		}
		else {
			message.append("The ")
				.append(entry.direction())
				.append(" of ")
				.append(revision)
				.append(" failed at ")
				.append(entry.appliedAt())
				.append(" and left ")
				.append(entry.statementsLeftBehind())
				.append(" statement(s) in the database, so migrations are stopped until an operator resolves it.\n")
				.append("What happened then:\n")
				.append(entry.message());
		}
		return message.toString();
	}

}
