package dev.migrate.runtime;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;

import org.jspecify.annotations.Nullable;

/**
 * Where a database stands against the revisions of the application, as
 * {@link Migrator#status()} reads it for health checks, endpoints and startup checks.
 *
 * @param state the summary
 * @param current the version rows: one per applied head
 * @param unknown the version rows that name no revision of the application
 * @param pending the steps an upgrade to every head would run, in order (empty at an
 * unknown revision)
 * @param lastFailure the latest history entry when it records a failure: one that stops
 * migrations ({@link State#FAILED}), or one that was rolled back, so the database is
 * consistent at its last good revision
 * @param editedScripts the applied scripts edited since they ran (empty when the checksum
 * policy is to ignore edits)
 */
public record MigrationStatus(State state, List<String> current, List<String> unknown, List<Step> pending,
		@Nullable HistoryEntry lastFailure, List<ChecksumMismatch> editedScripts) {

	public MigrationStatus {
		Objects.requireNonNull(state, "state");
		current = List.copyOf(current);
		unknown = List.copyOf(unknown);
		pending = List.copyOf(pending);
		editedScripts = List.copyOf(editedScripts);
	}

	/**
	 * Summarize what was read from the database.
	 * @param current the version rows
	 * @param unknown the rows that name no revision
	 * @param pending the steps of an upgrade to every head
	 * @param latest the latest history entry, if any
	 * @param editedScripts the applied scripts edited since they ran
	 * @return the status
	 */
	static MigrationStatus of(List<String> current, List<String> unknown, List<Step> pending,
			@Nullable HistoryEntry latest, List<ChecksumMismatch> editedScripts) {
		HistoryEntry failure = (latest != null && !latest.success()) ? latest : null;
		State state = !unknown.isEmpty() ? State.UNKNOWN_REVISION : (failure != null && failure.isUnresolvedFailure())
				? State.FAILED : pending.isEmpty() ? State.UP_TO_DATE : State.PENDING;
		return new MigrationStatus(state, current, unknown, pending, failure, editedScripts);
	}

	/**
	 * Return the ids of the pending revisions, in the order they would run.
	 * @return the revision ids
	 */
	public List<String> pendingRevisions() {
		return this.pending.stream().map(Step::revision).filter(Objects::nonNull).map(Revision::id).toList();
	}

	/**
	 * Describe the status in one sentence an operator can act on.
	 * @return the description
	 */
	public String describe() {
		return switch (this.state) {
			case UP_TO_DATE -> "Database is up to date at " + this.current;
			case PENDING -> "Database at " + this.current + " is behind: " + this.pending.size()
					+ " revision(s) pending: " + describePending() + describeRolledBackFailure();
			case UNKNOWN_REVISION -> "Database is at revision(s) " + this.unknown
					+ " that this application does not know; it was upgraded by a newer version of the application,"
					+ " or its revision scripts are missing";
			case FAILED -> describeFailure();
		};
	}

	private String describePending() {
		return this.pending.stream()
			.map(Step::revision)
			.filter(Objects::nonNull)
			.map((revision) -> revision.id() + " (" + revision.message() + ")")
			.collect(Collectors.joining(", "));
	}

	private String describeRolledBackFailure() {
		HistoryEntry failure = this.lastFailure;
		return (failure != null) ? ". The latest " + failure.direction() + " of revision " + failure.revision()
				+ " failed at " + failure.appliedAt() + " and was rolled back" : "";
	}

	private String describeFailure() {
		HistoryEntry failure = Objects.requireNonNull(this.lastFailure);
		if (failure.isUnfinished()) {
			return "The " + failure.direction() + " of revision " + failure.revision() + " started at "
					+ failure.appliedAt() + " and never finished; " + failure.statementsLeftBehind()
					+ " of its statements are known to have completed, and the next may have run";
		}
		String message = (failure.message() != null) ? ": " + failure.message() : "";
		return "The latest " + failure.direction() + " of revision " + failure.revision() + " failed at "
				+ failure.appliedAt() + " and left " + failure.statementsLeftBehind() + " statement(s) in the database"
				+ message;
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

		/**
		 * The latest migration failed and left work behind that an operator must undo or
		 * finish, or never finished; migrations are stopped until then.
		 */
		FAILED

	}

}
