package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.OfflineModeException;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.OperationsContext;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.SqlMigrationScript;
import dev.migrate.script.SqlStatement;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Analyses the upgrade of a revision for one dialect. A Java migration runs offline
 * against a recorder, so its operations are checked exactly; a SQL script is read
 * statement by statement. The changes are checked in order, so a table created earlier in
 * the revision is not taken for one with rows and readers.
 */
public final class Linter {

	private final Dialect dialect;

	private final ClassLoader classLoader;

	private final DdlTimeouts timeouts;

	private final @Nullable ServerVersion serverVersion;

	/**
	 * Create a linter for revisions that run without configured DDL timeouts, on a server
	 * of unknown version.
	 * @param dialect the dialect the revisions run on
	 * @param classLoader the class loader of the Java migrations
	 */
	public Linter(Dialect dialect, ClassLoader classLoader) {
		this(dialect, classLoader, DdlTimeouts.NONE, null);
	}

	/**
	 * Create a linter.
	 * @param dialect the dialect the revisions run on
	 * @param classLoader the class loader of the Java migrations
	 * @param timeouts the DDL timeouts configured for every revision
	 * @param serverVersion the version of the server, or {@code null} when unknown
	 */
	public Linter(Dialect dialect, ClassLoader classLoader, DdlTimeouts timeouts,
			@Nullable ServerVersion serverVersion) {
		this.dialect = dialect;
		this.classLoader = classLoader;
		this.timeouts = timeouts;
		this.serverVersion = serverVersion;
	}

	/**
	 * Analyse the upgrade of a revision.
	 * @param script the revision's script
	 * @return the findings, in the order of the changes, those the script suppresses with
	 * their reason
	 * @throws MigrateException if a suppression names an unknown code, or a Java
	 * migration fails without a database
	 */
	public List<Finding> lint(MigrationScript script) {
		Revision revision = script.revision();
		List<Finding> findings = new ArrayList<>();
		Suppressions suppressions = Suppressions.of(script);
		if (script instanceof SqlMigrationScript sql) {
			LintContext context = context(script.transactional(), script.timeouts().orElse(this.timeouts));
			for (SqlStatement statement : sql.upgrade()) {
				check(SqlChanges.of(statement.sql()), revision, statement.line(), context, findings);
			}
		}
		else {
			List<Operation> operations = new ArrayList<>();
			String read = record((JavaMigrationScript) script, operations);
			LintContext context = context(script.transactional() && inTransaction(operations),
					script.timeouts().orElse(this.timeouts));
			for (Operation operation : operations) {
				check(OperationChanges.of(operation), revision, null, context, findings);
			}
			if (read != null) {
				findings.add(Finding.of(LintRules.UNANALYSED_DATA_MIGRATION, revision, null, read));
			}
		}
		return findings.stream().map(suppressions::apply).toList();
	}

	private LintContext context(boolean transactional, DdlTimeouts timeouts) {
		return new LintContext(this.dialect.name(), this.serverVersion, transactional, timeouts);
	}

	/**
	 * Whether a Java revision with these operations runs in a transaction, as it does
	 * unless one of them is one the dialect runs outside a transaction (such as a
	 * concurrent index build on PostgreSQL).
	 */
	private boolean inTransaction(List<Operation> operations) {
		return operations.stream().noneMatch(this.dialect::runsOutsideTransaction);
	}

	/**
	 * Analyse the operations of a revision that is being written, such as those
	 * autogenerate found, with the configured timeouts, in a transaction unless one of
	 * them runs outside one.
	 * @param operations the operations, in order
	 * @return for each operation, the codes it is reported with
	 */
	public List<List<LintCode>> codesOf(List<Operation> operations) {
		LintContext context = context(inTransaction(operations), this.timeouts);
		List<List<LintCode>> codes = new ArrayList<>();
		for (Operation operation : operations) {
			List<LintCode> matched = new ArrayList<>();
			for (Change change : OperationChanges.of(operation)) {
				LintRules.rules().stream().filter((rule) -> rule.matches(change, context)).forEach(matched::add);
				context.record(change);
			}
			codes.add(matched);
		}
		return codes;
	}

	/**
	 * Record the operations of a Java migration's upgrade, up to its first read of the
	 * database.
	 * @return the call that read the database, such as {@code op.jdbc()}, or {@code null}
	 * when all operations were recorded
	 */
	private @Nullable String record(JavaMigrationScript script, List<Operation> operations) {
		try {
			script.instantiate(this.classLoader).upgrade(new Operations(operations::add, new Offline()));
			return null;
		}
		catch (OfflineModeException ex) {
			return ex.call();
		}
		catch (RuntimeException ex) {
			throw new MigrateException("Cannot lint revision " + script.revision().id() + " (" + script.className()
					+ "): its upgrade failed without a database: " + ex.getMessage(), ex);
		}
	}

	private void check(List<Change> changes, Revision revision, @Nullable Integer line, LintContext context,
			List<Finding> findings) {
		for (Change change : changes) {
			for (LintRule rule : LintRules.rules()) {
				if (rule.matches(change, context)) {
					findings.add(Finding.of(rule, revision, line, change.describe()));
				}
			}
			context.record(change);
		}
	}

	/**
	 * The run a migration sees while it is linted: offline, so that {@code op.jdbc()} and
	 * {@code op.inspect()} stop the analysis.
	 */
	private final class Offline implements OperationsContext {

		@Override
		public boolean isOffline() {
			return true;
		}

		@Override
		public String dialectName() {
			return Linter.this.dialect.name();
		}

		@Override
		public JdbcClient jdbc() {
			throw new OfflineModeException("op.jdbc()", "op.jdbc() has no connection while a revision is linted");
		}

		@Override
		public InspectedSchema inspect(@Nullable String schema) {
			throw new OfflineModeException("op.inspect()", "op.inspect() has no connection while a revision is linted");
		}

	}

}
