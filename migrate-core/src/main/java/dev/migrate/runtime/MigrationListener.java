package dev.migrate.runtime;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;
import dev.migrate.lint.Finding;

/**
 * Callbacks around each step of a migration run, for metrics and logging, and about
 * edited applied scripts.
 */
public interface MigrationListener {

	/**
	 * Whether each step reaches the user another way, such as a command that prints the
	 * steps it ran: the run then logs steps at DEBUG rather than INFO, so that a console
	 * shows each step once.
	 * @return {@code true} if the steps are shown without the log
	 */
	default boolean showsSteps() {
		return false;
	}

	/**
	 * Called once before an upgrade runs its steps: under the migration lock, with the
	 * plan that is about to run (only up to the upgrade's target) and its lint findings,
	 * before any statement. An exception thrown here stops the run with nothing applied.
	 * @param plan the steps about to run
	 * @param findings the lint findings of the plan's revisions, linted when first asked
	 * for
	 */
	default void beforeUpgrade(MigrationPlan plan, Supplier<List<Finding>> findings) {
	}

	/**
	 * Called before a step runs.
	 * @param step the step
	 */
	default void beforeStep(Step step) {
	}

	/**
	 * Called after a step committed.
	 * @param step the step
	 * @param duration how long it took
	 */
	default void afterStep(Step step, Duration duration) {
	}

	/**
	 * Called when a step failed.
	 * @param step the step
	 * @param duration how long it ran before failing
	 * @param failure what went wrong
	 */
	default void onFailure(Step step, Duration duration, Exception failure) {
	}

	/**
	 * Called once when the run waits for a lock another session holds: the migration
	 * lock, or a lock a statement of the run needs.
	 * @param description what the run waits for and who holds it
	 */
	default void onWait(String description) {
	}

	/**
	 * Called when applied scripts were edited after they ran and the checksum policy is
	 * to warn, before the run goes on.
	 * @param edited the edited scripts
	 */
	default void onEditedScripts(List<ChecksumMismatch> edited) {
	}

}
