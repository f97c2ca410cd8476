package dev.migrate.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.Migrator;
import org.jspecify.annotations.Nullable;

/**
 * Where a database stands against the revisions of the application.
 *
 * @param state the summary
 * @param current the version rows: one per applied head
 * @param unknown the version rows that name no revision of the application
 * @param pending the steps an upgrade to every head would run, in order (empty at an
 * unknown revision)
 * @param history the history table, oldest first
 * @since 0.1.0
 */
public record MigrationStatus(State state, List<String> current, List<String> unknown, List<Step> pending,
		List<HistoryEntry> history) {

	public MigrationStatus {
		current = List.copyOf(current);
		unknown = List.copyOf(unknown);
		pending = List.copyOf(pending);
		history = List.copyOf(history);
	}

	/**
	 * Read the status of the migrator's database.
	 * @param migrator the migrator
	 * @return the status
	 */
	public static MigrationStatus of(Migrator migrator) {
		List<String> current = migrator.current();
		List<String> unknown = current.stream().filter((id) -> migrator.graph().find(id).isEmpty()).toList();
		List<HistoryEntry> history = migrator.history();
		List<Step> pending = unknown.isEmpty() ? migrator.pending().steps() : List.of();
		return new MigrationStatus(state(unknown, lastFailure(history), pending), current, unknown, pending, history);
	}

	private static State state(List<String> unknown, @Nullable HistoryEntry failure, List<Step> pending) {
		if (!unknown.isEmpty()) {
			return State.UNKNOWN_REVISION;
		}
		if (failure != null) {
			return State.FAILED;
		}
		return pending.isEmpty() ? State.UP_TO_DATE : State.PENDING;
	}

	private static @Nullable HistoryEntry lastFailure(List<HistoryEntry> history) {
		HistoryEntry latest = history.isEmpty() ? null : history.get(history.size() - 1);
		return (latest != null && !latest.success()) ? latest : null;
	}

	/**
	 * Return the latest history entry when it records a failure.
	 * @return the failure, or {@code null} when the latest run succeeded
	 */
	public @Nullable HistoryEntry failure() {
		return lastFailure(this.history);
	}

	/**
	 * Return the ids of the pending revisions, in the order they would run.
	 * @return the revision ids
	 */
	public List<String> pendingRevisions() {
		return this.pending.stream()
			.map(Step::revision)
			.filter((revision) -> revision != null)
			.map(Revision::id)
			.toList();
	}

	/**
	 * Describe the status in one sentence an operator can act on.
	 * @return the description
	 */
	public String describe() {
		return switch (this.state) {
			case UP_TO_DATE -> "Database is up to date at " + this.current;
			case PENDING -> "Database at " + this.current + " is behind: " + this.pending.size()
					+ " revision(s) pending: " + describePending();
			case UNKNOWN_REVISION -> "Database is at revision(s) " + this.unknown
					+ " that this application does not know; it was upgraded by a newer version of the application,"
					+ " or its revision scripts are missing";
			case FAILED -> describeFailure();
		};
	}

	private String describePending() {
		return this.pending.stream()
			.map(Step::revision)
			.filter((revision) -> revision != null)
			.map((revision) -> revision.id() + " (" + revision.message() + ")")
			.collect(Collectors.joining(", "));
	}

	private String describeFailure() {
		HistoryEntry failure = failure();
		String revision = (failure != null) ? failure.revision() + " failed at " + failure.appliedAt() : "";
		String message = (failure != null && failure.message() != null) ? ": " + failure.message() : "";
		return "The latest migration of revision " + revision + message;
	}

	/**
	 * The summary of a {@link MigrationStatus}.
	 */
	public enum State {

		/** The database is at every head. */
		UP_TO_DATE,

		/** Revisions are waiting to be applied. */
		PENDING,

		/** The database is at a revision the application does not know. */
		UNKNOWN_REVISION,

		/** The latest migration failed. */
		FAILED

	}

}
