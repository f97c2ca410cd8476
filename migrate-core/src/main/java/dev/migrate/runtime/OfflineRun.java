package dev.migrate.runtime;

import java.io.Writer;
import java.util.Map;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;
import dev.migrate.script.MigrationScript;

/**
 * Writes the steps of a plan as a SQL script: one {@code -- Running …} comment per step,
 * the step's statements, its version-table and history statements, and
 * {@code BEGIN;}/{@code COMMIT;} where the dialect has transactional DDL.
 */
final class OfflineRun {

	private final Dialect dialect;

	private final VersionStore store;

	private final Map<String, MigrationScript> scripts;

	private final ScriptApplier applier;

	private final Checksums checksums;

	private final boolean singleTransaction;

	OfflineRun(Dialect dialect, VersionStore store, Map<String, MigrationScript> scripts, ScriptApplier applier,
			TransactionMode mode) {
		this.dialect = dialect;
		this.store = store;
		this.scripts = scripts;
		this.applier = applier;
		this.checksums = new Checksums(applier);
		this.singleTransaction = mode == TransactionMode.SINGLE && dialect.transactionalDdl();
	}

	void write(MigrationPlan plan, Writer writer) {
		WriterStatementSink sink = new WriterStatementSink(writer);
		if (plan.startRows().isEmpty()) {
			this.store.versions().create().forEach(sink::execute);
			this.store.history().create().forEach(sink::execute);
		}
		if (this.singleTransaction) {
			sink.execute("BEGIN");
		}
		for (Step step : plan.steps()) {
			writeStep(step, sink);
		}
		if (this.singleTransaction) {
			sink.execute("COMMIT");
		}
	}

	private void writeStep(Step step, WriterStatementSink sink) {
		MigrationScript script = (step.revision() != null) ? this.scripts.get(step.revision().id()) : null;
		boolean transactional = this.dialect.transactionalDdl() && (script == null || script.transactional());
		boolean ownTransaction = transactional && !this.singleTransaction;
		sink.comment(step.describe(false));
		if (!transactional && this.singleTransaction) {
			sink.execute("COMMIT");
		}
		if (ownTransaction) {
			sink.execute("BEGIN");
		}
		if (script != null) {
			this.applier.apply(script, step.direction(), sink, null);
		}
		step.versionChanges().forEach((change) -> sink.execute(this.store.versions().statementFor(change)));
		String checksum = (script != null && step.direction() == Direction.UPGRADE) ? this.checksums.of(script) : null;
		sink.execute(this.store.history()
			.insert(new HistoryRecord((step.revision() != null) ? step.revision().id() : null,
					OnlineRun.direction(step), step.rowsBefore(), step.rowsAfter(), checksum, null, true, 0, null)));
		if (ownTransaction) {
			sink.execute("COMMIT");
		}
		if (!transactional && this.singleTransaction) {
			sink.execute("BEGIN");
		}
	}

}
