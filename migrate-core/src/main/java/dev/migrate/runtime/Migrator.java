package dev.migrate.runtime;

import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Step;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Linter;
import dev.migrate.lint.ServerVersion;
import dev.migrate.runtime.MigrationDatabase.JdbcWork;
import dev.migrate.script.MigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * Upgrades, downgrades and stamps one database, and answers where it stands. Revisions
 * are loaded and their graph validated once, when the migrator is created.
 *
 * <p>
 * A run first reads the version rows; when there is nothing to do it stops there. When
 * there is work it takes the migration lock (on the session that does the work where the
 * lock outlives transactions), reads the rows again, refuses to go on after an unresolved
 * failure or (by policy) an edited applied script, and runs each step.
 */
public final class Migrator {

	private static final Log logger = LogFactory.getLog(Migrator.class);

	private final MigratorOptions options;

	private final List<MigrationScript> scripts;

	private final List<String> warnings;

	private final Map<String, MigrationScript> scriptsById = new HashMap<>();

	private final RevisionGraph graph;

	private final MigrationPlanner planner;

	private final MigrationDatabase database;

	/**
	 * Start configuring a migrator. <pre class="code">
	 * Migrator migrator = Migrator.configure().dataSource(dataSource).load();
	 * migrator.upgrade("heads");
	 * </pre>
	 * @return a builder with the defaults
	 */
	public static MigratorBuilder configure() {
		return new MigratorBuilder();
	}

	/**
	 * Create a new {@link Migrator} instance of revisions loaded already.
	 * @param options the configuration
	 * @param revisions the revisions of the configured locations
	 */
	public Migrator(MigratorOptions options, LoadedRevisions revisions) {
		this.options = options;
		this.scripts = revisions.scripts();
		this.warnings = revisions.warnings();
		this.scripts.forEach((script) -> this.scriptsById.put(script.revision().id(), script));
		this.graph = revisions.graph();
		this.planner = new MigrationPlanner(this.graph);
		this.database = new MigrationDatabase(options);
	}

	private Migrator(Migrator loaded, MigratorOptions options, MigrationDatabase database) {
		this.options = options;
		this.scripts = loaded.scripts;
		this.warnings = loaded.warnings;
		this.scriptsById.putAll(loaded.scriptsById);
		this.graph = loaded.graph;
		this.planner = loaded.planner;
		this.database = database;
	}

	/**
	 * Return a migrator of the same revisions and database that also tells a listener
	 * what happens, without loading the revisions again.
	 * @param listener the listener to add
	 * @return the new migrator
	 */
	public Migrator withListener(MigrationListener listener) {
		return new Migrator(this, this.options.withListener(listener), this.database);
	}

	/**
	 * A migrator with the same revisions and settings for another database of the same
	 * dialect, such as a throwaway shadow database, without loading the revisions again;
	 * it notifies no listeners.
	 * @param dataSource the other database
	 * @return the migrator
	 */
	public Migrator withDataSource(DataSource dataSource) {
		MigratorOptions other = this.options.onOtherDatabase(dataSource);
		return new Migrator(this, other, this.database.onOther(other));
	}

	/**
	 * Return the names of migrate's own tables in the database: the version and history
	 * tables, and the lock table of a database without advisory locks.
	 * @return the table names, without schema
	 */
	public List<String> ownTables() {
		return this.database.ownTables();
	}

	/**
	 * Return the revision graph.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		return this.graph;
	}

	/**
	 * Return the loaded scripts, in load order.
	 * @return the scripts
	 */
	public List<MigrationScript> scripts() {
		return this.scripts;
	}

	/**
	 * Return the warnings of loading: a location that does not exist or holds no
	 * revisions, or no revision found at all.
	 * @return the warnings, each one sentence without a {@code Warning:} prefix
	 */
	public List<String> warnings() {
		return this.warnings;
	}

	/**
	 * Return the heads of the revision graph.
	 * @return the heads
	 */
	public List<Revision> heads() {
		return this.graph.heads();
	}

	/**
	 * Return the branch points of the revision graph.
	 * @return the branch points
	 */
	public List<Revision> branches() {
		return this.graph.branchPoints();
	}

	/**
	 * Return the database's version rows: one per applied head.
	 * @return the revision ids, in load order
	 */
	public List<String> current() {
		return withConnection((connection) -> this.graph.inLoadOrder(store().readRows(connection)));
	}

	/**
	 * Return what an upgrade to every head would run now.
	 * @return the plan
	 */
	public MigrationPlan pending() {
		return withConnection((connection) -> this.planner.upgrade(store().readRows(connection), "heads"));
	}

	/**
	 * Return the revisions an upgrade to every head would run now, in order.
	 * @return the pending revisions
	 */
	public List<Revision> pendingRevisions() {
		return pending().steps().stream().map(Step::revision).filter(Objects::nonNull).toList();
	}

	/**
	 * Lint the upgrade of revisions for the dialect of the database (or the configured
	 * one, offline).
	 * @param revisions the revisions, such as those of {@link #pending()}
	 * @return the findings, revision by revision in the given order
	 */
	public List<Finding> lint(List<Revision> revisions) {
		return lint(revisions, null);
	}

	/**
	 * Return a linter for the dialect of the database (or the configured one, offline)
	 * and the configured DDL timeouts.
	 * @return the linter
	 */
	public Linter linter() {
		return new Linter(dialect(), this.options.classLoader(), this.options.ddlTimeouts(), null);
	}

	private List<Finding> lint(List<Revision> revisions, @Nullable ServerVersion serverVersion) {
		Linter linter = new Linter(dialect(), this.options.classLoader(), this.options.ddlTimeouts(), serverVersion);
		return revisions.stream()
			.flatMap((revision) -> linter.lint(Objects.requireNonNull(this.scriptsById.get(revision.id()))).stream())
			.toList();
	}

	/**
	 * Read where the database stands with three cheap queries: the version rows, the
	 * latest history entry and the recorded checksums (unless the checksum policy is to
	 * ignore edits).
	 * @return the status
	 */
	public MigrationStatus status() {
		return withConnection((connection) -> {
			List<String> rows = this.graph.inLoadOrder(store().readRows(connection));
			List<String> unknown = rows.stream().filter((id) -> this.graph.find(id).isEmpty()).toList();
			List<Step> pending = unknown.isEmpty() ? this.planner.upgrade(rows, "heads").steps() : List.of();
			List<ChecksumMismatch> edited = unknown.isEmpty() ? editedScripts(connection, rows) : List.of();
			return MigrationStatus.of(rows, unknown, pending, store().latest(connection).orElse(null), edited);
		});
	}

	/**
	 * Return every upgrade, downgrade, stamp and repair recorded in the history table.
	 * @return the history, oldest first
	 */
	public List<HistoryEntry> history() {
		return withConnection((connection) -> store().readHistory(connection));
	}

	/**
	 * Return the JDBC URL of the database, with any password in it masked.
	 * @return the URL
	 */
	public String databaseUrl() {
		return withConnection(
				(connection) -> connection.getMetaData().getURL().replaceAll("(?i)(password=)[^&;]*", "$1XXXXX"));
	}

	/**
	 * Describe the session holding the migration lock, for operators.
	 * @return who holds the lock, or empty when no migration is running (or the database
	 * cannot tell)
	 */
	public Optional<String> lockHolder() {
		return withConnection((connection) -> dialect().lock().holder(connection, this.database.lockName()));
	}

	/**
	 * Upgrade the database to a target.
	 * @param target such as {@code heads}, {@code head}, an id, {@code +1} or
	 * {@code label@head}
	 * @return the steps that ran
	 * @throws MigrationFailedException when a step fails
	 */
	public MigrationPlan upgrade(String target) {
		return migrate((rows) -> this.planner.upgrade(rows, target), true, true);
	}

	/**
	 * Downgrade the database to a target.
	 * @param target such as {@code -1}, {@code base}, an id or {@code label@-1}
	 * @return the steps that ran
	 * @throws MigrationFailedException when a step fails
	 */
	public MigrationPlan downgrade(String target) {
		return migrate((rows) -> this.planner.downgrade(rows, target), true, false);
	}

	/**
	 * Rewrite the version rows to the targets without running any revision.
	 * @param targets revision expressions
	 * @param purge whether to delete every row first, even rows naming unknown revisions
	 * @return the stamp steps
	 */
	public MigrationPlan stamp(List<String> targets, boolean purge) {
		return migrate((rows) -> this.planner.stamp(rows, targets, purge), false, false);
	}

	/**
	 * Compare the checksums of applied scripts with those recorded when they ran.
	 * @return the scripts edited since they ran
	 */
	public List<ChecksumMismatch> validate() {
		return withConnection(
				(connection) -> verifier().mismatches(store().readChecksums(connection), store().readRows(connection)));
	}

	/**
	 * Apply the checksum policy to the applied scripts, as every upgrade and downgrade
	 * does before it runs, whether or not revisions are pending.
	 * @throws MigrateException when the policy is to fail and applied scripts were edited
	 * after they ran
	 */
	public void verifyChecksums() {
		withConnection((connection) -> {
			enforceChecksumPolicy(connection, store().readRows(connection));
			return null;
		});
	}

	/**
	 * Resolve what stops migrations, and record each change in the history table: mark an
	 * unresolved failure as resolved (after an operator undid its statements by hand, so
	 * that the next upgrade runs the revision again) and accept the current checksums of
	 * applied scripts edited since they ran.
	 * @return what was repaired, one line each; empty when there was nothing to repair
	 */
	public List<String> repair() {
		return lockedWork().run((connection) -> {
			store().upgradeHistoryTable(connection);
			List<String> repaired = new ArrayList<>();
			List<String> rows = store().readRows(connection);
			Optional<HistoryEntry> latest = store().latest(connection);
			if (latest.isPresent() && latest.get().isUnresolvedFailure()) {
				HistoryEntry failed = latest.get();
				String note = "Marked the failed " + failed.direction() + " of " + failed.revision()
						+ " as resolved; the next " + failed.direction() + " runs it again";
				recordRepair(connection, failed.revision(), rows, null, note);
				repaired.add(note);
			}
			for (ChecksumMismatch mismatch : verifier().mismatches(store().readChecksums(connection), rows)) {
				String note = "Accepted the edited script of " + mismatch.revision() + " (" + mismatch.source() + ")";
				recordRepair(connection, mismatch.revision(), rows, mismatch.actual(), note);
				repaired.add(note);
			}
			return repaired;
		});
	}

	/**
	 * Write the SQL of an upgrade without touching a database.
	 * @param expression a target (from base) or a range {@code start:end}
	 * @param writer where the SQL goes
	 */
	public void upgradeSql(String expression, Writer writer) {
		writeOffline(upgradeSqlPlan(expression), writer);
	}

	/**
	 * Plan the upgrade {@link #upgradeSql} writes, without touching a database.
	 * @param expression a target (from base) or a range {@code start:end}
	 * @return the plan
	 */
	public MigrationPlan upgradeSqlPlan(String expression) {
		return offlinePlans().upgrade(expression);
	}

	/**
	 * Write the SQL of a downgrade without touching a database.
	 * @param expression a range {@code start:end}
	 * @param writer where the SQL goes
	 */
	public void downgradeSql(String expression, Writer writer) {
		writeOffline(offlinePlans().downgrade(expression), writer);
	}

	/**
	 * Write the SQL of a stamp without touching a database.
	 * @param expression a target (from base) or a range {@code start:end}
	 * @param writer where the SQL goes
	 */
	public void stampSql(String expression, Writer writer) {
		writeOffline(offlinePlans().stamp(expression), writer);
	}

	private OfflinePlans offlinePlans() {
		return new OfflinePlans(this.graph, this.planner);
	}

	private void writeOffline(MigrationPlan plan, Writer writer) {
		new OfflineRun(runContext()).write(plan, writer);
	}

	/**
	 * Plan without the lock first, and take the lock only when there is work; the work
	 * then runs on the connection of that first read, planned again under the lock.
	 */
	private MigrationPlan migrate(Function<List<String>, MigrationPlan> planning, boolean guarded, boolean upgrade) {
		return withConnection((connection) -> {
			List<String> rows = store().readRows(connection);
			MigrationPlan unlocked = planning.apply(rows);
			if (unlocked.isEmpty()) {
				if (guarded) {
					enforceChecksumPolicy(connection, rows);
				}
				logger.debug("Database is up to date at " + unlocked.startRows());
				return unlocked;
			}
			endTransaction(connection);
			return lockedWork().run(connection, (work) -> {
				store().createMissingTables(work);
				MigrationPlan plan = planning.apply(store().readRows(work));
				if (guarded && !plan.isEmpty()) {
					checkNoUnresolvedFailure(work);
					enforceChecksumPolicy(work, plan.startRows());
				}
				if (upgrade && !plan.isEmpty()) {
					beforeUpgrade(plan, work);
				}
				new OnlineRun(work, runContext(), this.options.listeners()).run(plan);
				return plan;
			});
		});
	}

	/**
	 * Tell the listeners what the upgrade is about to run, with the lint findings of its
	 * revisions for the server's version, linted once when a listener asks.
	 */
	private void beforeUpgrade(MigrationPlan plan, Connection connection) throws SQLException {
		ServerVersion version = ServerVersion.parse(connection.getMetaData().getDatabaseProductVersion());
		List<Revision> revisions = plan.steps().stream().map(Step::revision).filter(Objects::nonNull).toList();
		Supplier<List<Finding>> findings = new Supplier<>() {

			private @Nullable List<Finding> linted;

			@Override
			public List<Finding> get() {
				if (this.linted == null) {
					this.linted = lint(revisions, version);
				}
				return this.linted;
			}

		};
		this.options.listeners().forEach((listener) -> listener.beforeUpgrade(plan, findings));
	}

	/**
	 * End the transaction of a connection that does not commit on its own, so that what
	 * it reads under the lock is not what it read before.
	 */
	private static void endTransaction(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
		}
	}

	private void enforceChecksumPolicy(Connection connection, List<String> rows) throws SQLException {
		verifier().enforce(this.options.checksumPolicy(), editedScripts(connection, rows), this.options.listeners());
	}

	/**
	 * Find the applied scripts edited since they ran: one query, none at base or with the
	 * policy to ignore edits.
	 */
	private List<ChecksumMismatch> editedScripts(Connection connection, List<String> rows) throws SQLException {
		if (rows.isEmpty() || this.options.checksumPolicy() == ChecksumPolicy.IGNORE) {
			return List.of();
		}
		return verifier().mismatches(store().readChecksums(connection), rows);
	}

	private void checkNoUnresolvedFailure(Connection connection) throws SQLException {
		Optional<HistoryEntry> latest = store().latest(connection);
		if (latest.isPresent() && latest.get().isUnresolvedFailure()) {
			throw new MigrationFailedException(UnresolvedFailureMessage.of(latest.get(), runContext()), true);
		}
	}

	private void recordRepair(Connection connection, @Nullable String revision, List<String> rows,
			@Nullable String checksum, String note) {
		new JdbcStatementSink(connection).execute(store().history()
			.insert(new HistoryRecord(revision, "repair", rows, rows, checksum, 0L, true, 0, 0, note)));
	}

	private LockedWork lockedWork() {
		return new LockedWork(this.database, this.options.lockTimeout(), this.options.listeners());
	}

	private <T> T withConnection(JdbcWork<T> work) {
		return this.database.withConnection(work);
	}

	/**
	 * Return the database this migrator works on.
	 * @return the data source
	 * @throws MigrateException when it renders offline SQL only
	 */
	public DataSource dataSource() {
		return this.database.dataSource();
	}

	/**
	 * Return the dialect: the configured one, or the one detected from the database.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.database.dialect();
	}

	private VersionStore store() {
		return this.database.store();
	}

	private RunContext runContext() {
		return RunContext.of(dialect(), store(), this.scriptsById, applier(), this.options.transactionMode(),
				this.options.ddlTimeouts());
	}

	private ChecksumVerifier verifier() {
		return new ChecksumVerifier(this.graph, this.scriptsById, new Checksums(applier()));
	}

	private ScriptApplier applier() {
		return this.database.applier();
	}

}
