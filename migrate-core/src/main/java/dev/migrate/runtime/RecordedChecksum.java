package dev.migrate.runtime;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The checksum the history table holds for an applied revision: from its latest
 * successful upgrade, or from a repair that accepted an edit.
 *
 * @param checksum the checksum
 * @param recordedAt when it was recorded
 */
record RecordedChecksum(String checksum, @Nullable OffsetDateTime recordedAt) {

}
