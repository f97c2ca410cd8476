package dev.migrate.runtime;

import java.util.List;

import dev.migrate.graph.Step;

import org.jspecify.annotations.Nullable;

/**
 * Records durably that a step whose work runs outside a transaction has started, and how
 * far it got, so that a run that dies in the middle leaves a trace that stops the next
 * run from running the step again.
 */
interface StepJournal {

	/**
	 * A journal that records nothing: offline scripts are run by another tool.
	 */
	StepJournal NONE = new StepJournal() {

		@Override
		public void started(Step step, @Nullable String checksum) {
		}

		@Override
		public void progress(List<String> completed) {
		}

		@Override
		public void finished() {
		}

	};

	/**
	 * Record, committed, that the step starts; called before its first statement.
	 * @param step the step
	 * @param checksum the checksum of its script, if it has one
	 */
	void started(Step step, @Nullable String checksum);

	/**
	 * Record, committed, the statements of the started step that completed.
	 * @param completed the statements, in the order they ran
	 */
	void progress(List<String> completed);

	/**
	 * Remove the record of the started step, in the transaction that records how the step
	 * ended; does nothing when no step is started.
	 */
	void finished();

}
