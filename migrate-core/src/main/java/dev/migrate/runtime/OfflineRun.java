package dev.migrate.runtime;

import java.io.Writer;

import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;
import dev.migrate.script.MigrationScript;

/**
 * Writes the steps of a plan as a SQL script: one {@code -- Running …} comment per step,
 * the step's statements, its version-table and history statements, and
 * {@code BEGIN;}/{@code COMMIT;} where the dialect has transactional DDL.
 */
final class OfflineRun {

	private final RunContext context;

	OfflineRun(RunContext context) {
		this.context = context;
	}

	void write(MigrationPlan plan, Writer writer) {
		WriterStatementSink sink = new WriterStatementSink(writer);
		if (plan.startRows().isEmpty()) {
			this.context.store().versions().create().forEach(sink::execute);
			this.context.store().history().create().forEach(sink::execute);
		}
		if (this.context.singleTransaction()) {
			sink.execute("BEGIN");
		}
		for (Step step : plan.steps()) {
			writeStep(step, sink);
		}
		if (this.context.singleTransaction()) {
			sink.execute("COMMIT");
		}
	}

	private void writeStep(Step step, WriterStatementSink sink) {
		MigrationScript script = this.context.script(step);
		boolean transactional = this.context.inTransaction(script);
		boolean single = this.context.singleTransaction();
		sink.comment(step.describe(false));
		if (!transactional && single) {
			sink.execute("COMMIT");
		}
		if (transactional && !single) {
			sink.execute("BEGIN");
		}
		this.context.applyScript(script, step, sink, null);
		this.context.versionStatements(step).forEach(sink::execute);
		sink.execute(this.context.historyInsert(step, this.context.checksum(step, script), null, true, 0, null));
		if (transactional && !single) {
			sink.execute("COMMIT");
		}
		if (!transactional && single) {
			sink.execute("BEGIN");
		}
	}

}
