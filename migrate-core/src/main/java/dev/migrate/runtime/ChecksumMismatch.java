package dev.migrate.runtime;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An applied script whose content changed since it ran.
 *
 * @param revision the revision id
 * @param source the script's file or class
 * @param recorded the checksum recorded when it ran
 * @param actual the checksum of the script now
 * @param appliedAt when it ran
 */
public record ChecksumMismatch(String revision, String source, String recorded, String actual,
		@Nullable OffsetDateTime appliedAt) {

	@Override
	public String toString() {
		return "revision " + this.revision + " (" + this.source + ") applied " + this.appliedAt + " with checksum "
				+ this.recorded + ", now " + this.actual;
	}

}
