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
 * @param executionTime how long it took, if measured
 * @param success whether it succeeded
 * @param statementsRun for a failure, how many statements ran and stayed in the database
 * @param message the failure, or what a stamp or repair did
 */
public record HistoryEntry(long id, @Nullable String revision, String direction, List<String> headsBefore,
		List<String> headsAfter, @Nullable String checksum, @Nullable OffsetDateTime appliedAt, String appliedBy,
		@Nullable Duration executionTime, boolean success, int statementsRun, @Nullable String message) {

	public HistoryEntry {
		headsBefore = List.copyOf(headsBefore);
		headsAfter = List.copyOf(headsAfter);
	}

	/**
	 * Return whether this failure left statements behind that no transaction undid, so an
	 * operator must resolve it before migrations go on.
	 * @return whether the failure needs attention
	 */
	public boolean isUnresolvedFailure() {
		return !this.success && this.statementsRun > 0;
	}

}
