package dev.migrate.autoconfigure;

import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.RevisionGraphException;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.MigrationStatus;
import dev.migrate.runtime.RecoveryCommands;
import dev.migrate.script.ScriptException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link MigrateException} that stopped the application from starting, with an
 * action the user can follow.
 */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
		return new FailureAnalysis("Database migration failed: " + cause.getMessage(), action(cause), cause);
	}

	private String action(MigrateException cause) {
		if (cause instanceof DatabaseNotUpToDateException notUpToDate) {
			MigrationStatus status = notUpToDate.getStatus();
			HistoryEntry failure = status.lastFailure();
			return switch (status.state()) {
				case UNKNOWN_REVISION -> "Deploy the application version that has these revisions, or add their"
						+ " scripts to migrate.locations.";
				case FAILED -> failed(Objects.requireNonNull(failure));
				default -> ((failure != null) ? "The latest " + failure.direction() + " of revision "
						+ failure.revision() + " failed and was rolled back, so the database is consistent at its"
						+ " last good revision. Fix that revision, then upgrade" : "Upgrade")
						+ " the database (set migrate.auto-upgrade=true, or run 'db upgrade' as a deployment step),"
						+ " or set migrate.require-up-to-date=false to start anyway.";
			};
		}
		if (cause instanceof LockTimeoutException) {
			return "Wait for the other migration to finish, or raise migrate.lock-timeout.";
		}
		if (cause instanceof MigrationFailedException failed) {
			return failed.needsRecovery()
					? "Undo by hand the statements the revision named above left in the database and run '"
							+ RecoveryCommands.REPAIR + "', or finish the revision by hand and run the 'db stamp' the"
							+ " message names; then start the application again."
					: "Fix the revision named above and start the application again. Its work was rolled back, so the"
							+ " database is at its last good revision and there is nothing to undo.";
		}
		if (cause instanceof RevisionGraphException || cause instanceof ScriptException) {
			return "Fix the revision scripts in migrate.locations so that they load and form one valid graph.";
		}
		if (cause instanceof RevisionException) {
			return "Check migrate.target, and whether the database's version table names revisions this application"
					+ " does not have (a newer version of the application may have upgraded it).";
		}
		return "Check the migrate.* configuration and the database the application connects to.";
	}

	private static String failed(HistoryEntry failure) {
		return "Resolve the failed " + failure.direction() + " of revision " + failure.revision() + ". "
				+ RecoveryCommands.instructions(failure) + " Then upgrade.";
	}

}
