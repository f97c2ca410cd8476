package dev.migrate.runtime;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An applied script whose content changed since it ran.
 *
 * @param revision the revision id
 * @param source the script's file or class
 * @param recorded the checksum recorded when it ran (or when {@code db repair} accepted
 * an earlier edit)
 * @param actual the checksum of the script now
 * @param appliedAt when the recorded checksum was written
 */
public record ChecksumMismatch(String revision, String source, String recorded, String actual,
		@Nullable OffsetDateTime appliedAt) {

	/**
	 * Describe edited scripts for an operator, one line each.
	 * @param mismatches the edited scripts
	 * @return {@code Applied scripts were edited after they ran:} and a line per script
	 */
	public static String describe(List<ChecksumMismatch> mismatches) {
		return "Applied scripts were edited after they ran:\n"
				+ mismatches.stream().map((mismatch) -> "  - " + mismatch).collect(Collectors.joining("\n"));
	}

	/**
	 * Warn of edited scripts that a run goes on with, saying what to do.
	 * @param mismatches the edited scripts
	 * @return the {@link #describe description} and the commands that resolve it
	 */
	public static String warning(List<ChecksumMismatch> mismatches) {
		return describe(mismatches) + "\nAccept the edits with '" + RecoveryCommands.REPAIR
				+ "', or restore the scripts as they were.";
	}

	@Override
	public String toString() {
		return "revision " + this.revision + " (" + this.source + ") applied " + this.appliedAt + " with checksum "
				+ this.recorded + ", now " + this.actual;
	}

}
