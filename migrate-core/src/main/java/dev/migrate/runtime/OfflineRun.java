package dev.migrate.runtime;

import java.io.Writer;
import java.util.List;

import dev.migrate.graph.MigrationPlan;

/**
 * Writes the steps of a plan as a SQL script: one {@code -- Running …} comment per step,
 * the step's statements, its version-table and history statements, in the transactions
 * {@link StepExecutor} decides.
 */
final class OfflineRun {

	private final RunContext context;

	OfflineRun(RunContext context) {
		this.context = context;
	}

	void write(MigrationPlan plan, Writer writer) {
		WriterStatementSink sink = new WriterStatementSink(writer, this.context.dialect().transactionalDdl());
		if (plan.startRows().isEmpty()) {
			this.context.store().versions().create().forEach(sink::execute);
			this.context.store().history().create().forEach(sink::execute);
		}
		try {
			new StepExecutor(this.context, sink, StepJournal.NONE, List.of()).run(plan);
		}
		catch (StepFailure failure) {
			throw failure.failure();
		}
	}

}
