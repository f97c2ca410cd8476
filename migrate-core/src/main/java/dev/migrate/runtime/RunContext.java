package dev.migrate.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.graph.Step;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.MigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * What a run, online or offline, needs for each step: its script, whether it runs in a
 * transaction, and the version and history statements that record it.
 *
 * @param dialect the dialect
 * @param store the version and history tables
 * @param scripts the scripts by revision id
 * @param applier runs scripts
 * @param singleTransaction whether the whole run is one transaction
 * @param ddlTimeouts the DDL timeouts configured for every revision
 */
record RunContext(Dialect dialect, VersionStore store, Map<String, MigrationScript> scripts, ScriptApplier applier,
		boolean singleTransaction, DdlTimeouts ddlTimeouts) {

	static RunContext of(Dialect dialect, VersionStore store, Map<String, MigrationScript> scripts,
			ScriptApplier applier, TransactionMode mode, DdlTimeouts ddlTimeouts) {
		return new RunContext(dialect, store, scripts, applier,
				mode == TransactionMode.SINGLE && dialect.transactionalDdl(), ddlTimeouts);
	}

	/**
	 * The DDL timeouts a script runs with: its own over the configured ones; none for a
	 * stamp.
	 */
	DdlTimeouts timeouts(@Nullable MigrationScript script) {
		return (script != null) ? script.timeouts().orElse(this.ddlTimeouts) : DdlTimeouts.NONE;
	}

	@Nullable MigrationScript script(Step step) {
		return (step.revision() != null) ? this.scripts.get(step.revision().id()) : null;
	}

	/**
	 * Whether the step's work runs in one transaction with its version rows: a stamp
	 * always, a script only where DDL is transactional, the script is not marked
	 * {@code transactional: false} and it makes no operation that the dialect runs
	 * outside a transaction.
	 */
	boolean inTransaction(@Nullable MigrationScript script, Direction direction) {
		return script == null || (this.dialect.transactionalDdl() && script.transactional()
				&& !this.applier.runsOutsideTransaction(script, direction));
	}

	/**
	 * The checksum to record: that of the script an upgrade runs.
	 */
	@Nullable String checksum(Step step, @Nullable MigrationScript script) {
		return (script != null && step.direction() == Direction.UPGRADE) ? new Checksums(this.applier).of(script)
				: null;
	}

	/**
	 * Split the statements of the script a step runs; see {@link ScriptApplier#split}.
	 */
	void split(Step step) {
		MigrationScript script = script(step);
		if (script != null) {
			this.applier.split(script, step.direction());
		}
	}

	void applyScript(@Nullable MigrationScript script, Step step, Consumer<String> statements,
			@Nullable Connection connection) {
		if (script != null) {
			this.applier.apply(script, step.direction(), statements, connection);
		}
	}

	/**
	 * The statements a script runs in a direction, as far as they can be known without a
	 * database: a Java migration that reads data, or a script that cannot run in that
	 * direction any more, stops the list there.
	 */
	List<String> plannedStatements(MigrationScript script, Direction direction) {
		List<String> statements = new ArrayList<>();
		try {
			this.applier.apply(script, direction, statements::add, null);
		}
		catch (MigrateException ex) {
			// the statements before are all that is known
		}
		return statements;
	}

	List<String> versionStatements(Step step) {
		return step.versionChanges().stream().map(this.store.versions()::statementFor).toList();
	}

	String historyInsert(Step step, @Nullable String checksum, @Nullable Long executionMillis, boolean success,
			int statementsRun, int statementsLeftBehind, @Nullable String message) {
		String revision = (step.revision() != null) ? step.revision().id() : null;
		return this.store.history()
			.insert(new HistoryRecord(revision, direction(step), step.rowsBefore(), step.rowsAfter(), checksum,
					executionMillis, success, statementsRun, statementsLeftBehind, message));
	}

	static String direction(Step step) {
		return step.direction().name().toLowerCase(Locale.ROOT);
	}

}
