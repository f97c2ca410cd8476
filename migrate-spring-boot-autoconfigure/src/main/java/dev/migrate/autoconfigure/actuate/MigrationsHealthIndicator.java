package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.runtime.MigrationStatus;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.Migrator;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} for the database of a {@link Migrator}: {@code UP} at its
 * heads, {@code DOWN} at a revision the application does not know or after a failed
 * migration that left work behind (or never finished), and a configurable status while
 * revisions are pending, also after a failure that was rolled back; the latest failure is
 * in the details.
 *
 * @since 0.1.0
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Migrator migrator;

	private final Status pendingStatus;

	/**
	 * Create a new {@link MigrationsHealthIndicator} instance.
	 * @param migrator the migrator
	 * @param pendingStatus the status to report while revisions are pending
	 */
	public MigrationsHealthIndicator(Migrator migrator, Status pendingStatus) {
		super("Migration status check failed");
		this.migrator = migrator;
		this.pendingStatus = pendingStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationStatus status = this.migrator.status();
		builder.status(switch (status.state()) {
			case UP_TO_DATE -> Status.UP;
			case PENDING -> this.pendingStatus;
			case UNKNOWN_REVISION, FAILED -> Status.DOWN;
		});
		builder.withDetail("status", status.state()).withDetail("current", status.current());
		switch (status.state()) {
			case PENDING -> builder.withDetail("pending", status.pendingRevisions());
			case UNKNOWN_REVISION -> builder.withDetail("unknown", status.unknown());
			default -> {
			}
		}
		HistoryEntry lastFailure = status.lastFailure();
		if (lastFailure != null) {
			if (status.state() == MigrationStatus.State.FAILED) {
				builder.withDetail("failed", String.valueOf(lastFailure.revision()));
			}
			builder.withDetail("lastFailure", describe(lastFailure));
		}
		if (status.state() != MigrationStatus.State.UP_TO_DATE) {
			builder.withDetail("reason", status.describe());
		}
		if (!status.editedScripts().isEmpty()) {
			builder.withDetail("editedScripts", editedScripts(status));
		}
	}

	private static Map<String, String> editedScripts(MigrationStatus status) {
		Map<String, String> edited = new LinkedHashMap<>();
		status.editedScripts().forEach((mismatch) -> edited.put(mismatch.revision(), mismatch.source()));
		return edited;
	}

	private static Map<String, Object> describe(HistoryEntry failure) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("revision", String.valueOf(failure.revision()));
		details.put("direction", failure.direction());
		details.put("at", String.valueOf(failure.appliedAt()));
		details.put("resolved", !failure.isUnresolvedFailure());
		details.put("message", String.valueOf(failure.message()));
		return details;
	}

}
