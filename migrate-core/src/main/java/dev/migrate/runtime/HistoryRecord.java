package dev.migrate.runtime;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A history row to write.
 *
 * @param revision the revision run, or {@code null} for a stamp or repair
 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code repair}
 * @param headsBefore the version rows before the step
 * @param headsAfter the version rows after the step
 * @param checksum the script checksum, if it has one
 * @param executionMillis how long the step took, or {@code null} offline
 * @param success whether the step succeeded
 * @param statementsRun how many of the script's statements ran to completion
 * @param statementsLeftBehind for a failure, how many statements ran and stayed
 * @param message the failure, or a note
 */
record HistoryRecord(@Nullable String revision, String direction, List<String> headsBefore, List<String> headsAfter,
		@Nullable String checksum, @Nullable Long executionMillis, boolean success, int statementsRun,
		int statementsLeftBehind, @Nullable String message) {

}
