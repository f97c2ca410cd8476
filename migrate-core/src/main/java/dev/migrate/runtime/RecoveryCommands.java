package dev.migrate.runtime;

import java.util.List;

/**
 * The commands that let migrations go on after a failure that left statements in the
 * database, or after applied scripts were edited, named the same way by every message
 * that stops a run.
 */
public final class RecoveryCommands {

	/**
	 * The command that retries a failure after its statements were undone by hand, and
	 * accepts edited applied scripts.
	 */
	public static final String REPAIR = "db repair";

	private RecoveryCommands() {
	}

	/**
	 * Return the command that records a failed step as finished by hand.
	 * @param failure the failed step
	 * @return such as {@code db stamp 4cd99ccb2794}
	 */
	public static String stamp(HistoryEntry failure) {
		return stamp(failure.headsAfter());
	}

	private static String stamp(List<String> rows) {
		return "db stamp " + (rows.isEmpty() ? "base" : String.join(" ", rows));
	}

	/**
	 * Say what an operator does about a failure, with both commands.
	 * @param failure the failed step
	 * @return the instructions, one sentence
	 */
	public static String instructions(HistoryEntry failure) {
		return instructions(failure.direction(), failure.headsAfter());
	}

	/**
	 * Say what an operator does about a step that failed and left statements behind.
	 * @param direction {@code upgrade} or {@code downgrade}
	 * @param rowsAfter the version rows the step would have written
	 * @return the instructions, one sentence
	 */
	static String instructions(String direction, List<String> rowsAfter) {
		return "Undo its statements by hand and run '" + REPAIR + "' to retry the " + direction
				+ ", or finish it by hand and run '" + stamp(rowsAfter) + "'.";
	}

}
