package dev.migrate.runtime;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: an upgrade, downgrade, stamp or repair that ran, or
 * failed.
 *
 * @param id the row id, increasing with time
 * @param revision the revision run, or {@code null} for a stamp or repair
 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code repair}
 * @param headsBefore the version rows before the step
 * @param headsAfter the version rows after the step (as planned, for a failure)
 * @param checksum the checksum of the script as it ran, if it has one
 * @param appliedAt when the step ran
 * @param appliedBy the database user that ran it
 * @param executionTime how long it took, if measured; none while a step runs outside a
 * transaction and for one that never finished
 * @param success whether it succeeded
 * @param statementsRun how many of the script's statements ran to completion (column
 * {@code statements_run}): all of them for a step that succeeded, those before the
 * failing one for a failure, those known to have completed for an unfinished step;
 * {@code null} for rows written by a version of migrate that did not record it
 * @param statementsLeftBehind for a failure, how many statements ran and stayed in the
 * database (column {@code statements_left_behind}; zero for a step that succeeded, and
 * for a failure whose transaction undid them); for an unfinished step, how many are known
 * to have completed
 * @param message the failure, what a stamp or repair did, or for an unfinished step the
 * statements known to have completed
 */
public record HistoryEntry(long id, @Nullable String revision, String direction, List<String> headsBefore,
		List<String> headsAfter, @Nullable String checksum, @Nullable OffsetDateTime appliedAt, String appliedBy,
		@Nullable Duration executionTime, boolean success, @Nullable Integer statementsRun, int statementsLeftBehind,
		@Nullable String message) {

	public HistoryEntry {
		headsBefore = List.copyOf(headsBefore);
		headsAfter = List.copyOf(headsAfter);
	}

	/**
	 * Create an entry that does not record how many statements ran, as rows written by
	 * older versions of migrate.
	 * @param id the row id
	 * @param revision the revision run, or {@code null}
	 * @param direction the direction
	 * @param headsBefore the version rows before the step
	 * @param headsAfter the version rows after the step
	 * @param checksum the checksum, if any
	 * @param appliedAt when the step ran
	 * @param appliedBy the database user that ran it
	 * @param executionTime how long it took, if measured
	 * @param success whether it succeeded
	 * @param statementsLeftBehind how many statements a failure left in the database
	 * @param message the message, if any
	 */
	public HistoryEntry(long id, @Nullable String revision, String direction, List<String> headsBefore,
			List<String> headsAfter, @Nullable String checksum, @Nullable OffsetDateTime appliedAt, String appliedBy,
			@Nullable Duration executionTime, boolean success, int statementsLeftBehind, @Nullable String message) {
		this(id, revision, direction, headsBefore, headsAfter, checksum, appliedAt, appliedBy, executionTime, success,
				null, statementsLeftBehind, message);
	}

	/**
	 * Return whether this entry is the record of a step that started outside a
	 * transaction and never finished: its run died (killed, or its connection lost) while
	 * the step ran, so some of its statements may have run.
	 * @return whether the step is unfinished
	 */
	public boolean isUnfinished() {
		return !this.success && this.executionTime == null;
	}

	/**
	 * Return whether this entry stops migrations until an operator resolves it: a failure
	 * that left statements behind that no transaction undid, or an {@link #isUnfinished()
	 * unfinished} step. The one rule for "migrations are blocked".
	 * @return whether the entry needs attention
	 */
	public boolean isUnresolvedFailure() {
		return !this.success && (this.statementsLeftBehind > 0 || isUnfinished());
	}

	/**
	 * The message of the record of a started step: the statements known to have
	 * completed, numbered.
	 * @param completed the statements
	 * @return the message, or {@code null} for none
	 */
	static @Nullable String startedMessage(List<String> completed) {
		return completed.isEmpty() ? null : Statements.numbered(completed);
	}

}
