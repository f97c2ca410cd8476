package dev.migrate.command;

import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Against;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.graph.Hints;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.RevisionRange;
import dev.migrate.graph.Step;
import dev.migrate.runtime.ChecksumMismatch;
import dev.migrate.lint.Severity;
import dev.migrate.lint.SuppressionAdvice;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.Migrator;

import org.jspecify.annotations.Nullable;

/**
 * The {@code db} commands of Flask-Migrate, as plain Java: each returns the text to
 * print, in Alembic's formats, or throws a {@link MigrateException} whose message is the
 * error to show.
 */
public final class DbCommands {

	/**
	 * The commands return one line per step they ran, so the run need not log them too.
	 */
	private static final MigrationListener STEPS_PRINTED = new MigrationListener() {

		@Override
		public boolean showsSteps() {
			return true;
		}

	};

	private final Migrator migrator;

	private final RevisionAuthor author;

	private final @Nullable AutogenerateCommands autogenerate;

	private final Consumer<String> warnings;

	/**
	 * Create a new {@link DbCommands} instance without {@code check} and {@code migrate}.
	 * @param migrator the migrator of the database
	 * @param files where new revisions are written
	 */
	public DbCommands(Migrator migrator, RevisionFiles files) {
		this(migrator, files, null, Clock.systemDefaultZone());
	}

	/**
	 * Create a new {@link DbCommands} instance.
	 * @param migrator the migrator of the database
	 * @param files where new revisions are written
	 * @param comparison gives, when {@code check} or {@code migrate} runs, what compares
	 * the model with the schema the revisions build
	 */
	public DbCommands(Migrator migrator, RevisionFiles files, Supplier<SchemaComparison> comparison) {
		this(migrator, files, comparison, Clock.systemDefaultZone());
	}

	DbCommands(Migrator migrator, RevisionFiles files, Clock clock) {
		this(migrator, files, null, clock);
	}

	DbCommands(Migrator migrator, RevisionFiles files, @Nullable Supplier<SchemaComparison> comparison, Clock clock) {
		this(migrator.withListener(STEPS_PRINTED), new RevisionAuthor(migrator.graph(), files, clock), files,
				comparison);
	}

	private DbCommands(Migrator migrator, RevisionAuthor author, RevisionFiles files,
			@Nullable Supplier<SchemaComparison> comparison) {
		this(migrator, author, (comparison != null)
				? new AutogenerateCommands(comparison, migrator.graph(), files, author, migrator::linter) : null,
				(warning) -> {
				});
	}

	private DbCommands(Migrator migrator, RevisionAuthor author, @Nullable AutogenerateCommands autogenerate,
			Consumer<String> warnings) {
		this.migrator = migrator;
		this.author = author;
		this.autogenerate = autogenerate;
		this.warnings = warnings;
	}

	/**
	 * Return the warnings of loading the revisions (see {@link Migrator#warnings()}).
	 * @return each warning, starting with {@code Warning: }
	 */
	public List<String> loadWarnings() {
		return this.migrator.warnings().stream().map((warning) -> "Warning: " + warning).toList();
	}

	/**
	 * Return the same commands, sending the warnings of the run (applied scripts edited
	 * under {@code checksum-policy=warn}, lint findings of the revisions an offline
	 * upgrade writes) to a consumer, such as standard error: a one-shot command shows no
	 * log output but errors.
	 * @param warnings receives each warning, starting with {@code Warning: }
	 * @return the commands
	 */
	public DbCommands withWarnings(Consumer<String> warnings) {
		return new DbCommands(this.migrator.withListener(new MigrationListener() {

			@Override
			public void onEditedScripts(List<ChecksumMismatch> edited) {
				warnings.accept("Warning: " + ChecksumMismatch.warning(edited));
			}

		}), this.author, this.autogenerate, warnings);
	}

	/**
	 * Upgrade the database.
	 * @param target the target, such as {@code head}, {@code heads} or {@code +1}
	 * @return one {@code Running upgrade} line per step
	 */
	public String upgrade(String target) {
		return steps(this.migrator.upgrade(target));
	}

	/**
	 * Write the SQL of an upgrade instead of running it. The lint findings of the
	 * revisions it writes go to the warnings (see {@link #withWarnings}), so that the SQL
	 * can be piped on its own.
	 * @param expression a target (from base) or a range {@code start:end}
	 * @return the SQL script
	 */
	public String upgradeSql(String expression) {
		StringWriter writer = new StringWriter();
		this.migrator.upgradeSql(expression, writer);
		List<Revision> revisions = this.migrator.upgradeSqlPlan(expression)
			.steps()
			.stream()
			.map(Step::revision)
			.filter(Objects::nonNull)
			.toList();
		this.migrator.lint(revisions)
			.stream()
			.filter((finding) -> !finding.isSuppressed())
			.forEach((finding) -> this.warnings.accept("Warning: lint " + finding.toLine()));
		return writer.toString();
	}

	/**
	 * Downgrade the database.
	 * @param target the target, such as {@code -1}, {@code base} or a revision
	 * @return one {@code Running downgrade} line per step
	 */
	public String downgrade(String target) {
		return steps(this.migrator.downgrade(target));
	}

	/**
	 * Write the SQL of a downgrade instead of running it.
	 * @param range {@code start:end}, such as {@code heads:base}
	 * @return the SQL script
	 */
	public String downgradeSql(String range) {
		StringWriter writer = new StringWriter();
		this.migrator.downgradeSql(range, writer);
		return writer.toString();
	}

	/**
	 * Set the version rows to the targets without running any revision.
	 * @param targets revision expressions
	 * @param purge whether to delete every row first
	 * @return one {@code Running stamp_revision} line per change
	 */
	public String stamp(List<String> targets, boolean purge) {
		return steps(this.migrator.stamp(targets, purge));
	}

	/**
	 * Resolve what stops migrations: accept the checksums of edited applied scripts, and
	 * mark a failure whose statements were undone by hand as resolved, so that the next
	 * upgrade runs its revision again.
	 * @return one line per change, or {@code Nothing to repair.}
	 */
	public String repair() {
		List<String> repaired = this.migrator.repair();
		return repaired.isEmpty() ? "Nothing to repair.\n" : lines(repaired.stream());
	}

	/**
	 * Write the SQL of a stamp.
	 * @param expression a target (from base) or a range {@code start:end}
	 * @param purge must be {@code false}: a purge cannot be written offline
	 * @return the SQL script
	 */
	public String stampSql(String expression, boolean purge) {
		if (purge) {
			throw new MigrateException("Can't use --purge with --sql mode");
		}
		StringWriter writer = new StringWriter();
		this.migrator.stampSql(expression, writer);
		return writer.toString();
	}

	/**
	 * Lint the upgrade of revisions for the database's dialect.
	 * @param range {@code start:end} such as {@code base:heads}, or {@code null} for the
	 * pending revisions of the database
	 * @param failOn the least severity that makes the command fail
	 * @param json whether to print JSON instead of one line per finding
	 * @return the report
	 * @throws LintFindingsException with the report, when a finding that is not
	 * suppressed is at or above {@code failOn}
	 */
	public String lint(@Nullable String range, Severity failOn, boolean json) {
		List<Revision> revisions = (range != null) ? lintRange(range) : pendingRevisions();
		LintReport report = new LintReport(this.migrator.lint(revisions));
		String output = json ? report.json() : report.text(revisions.size());
		if (report.hasFindingsAtOrAbove(failOn)) {
			throw new LintFindingsException(
					"Lint findings at or above " + failOn + "; fix them, or " + SuppressionAdvice.TEXT, output);
		}
		return output;
	}

	private List<Revision> lintRange(String range) {
		if (!RevisionRange.isRange(range)) {
			throw new MigrateException(
					"db lint takes a range such as base:heads or 4cd99ccb2794:head, not '" + range + "'");
		}
		List<Revision> newestFirst = new ArrayList<>(
				new MigrationPlanner(this.migrator.graph()).history(RevisionRange.parse(range)));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	private List<Revision> pendingRevisions() {
		try {
			return this.migrator.pendingRevisions();
		}
		catch (MigrateException ex) {
			throw new MigrateException("db lint without a range lints the pending revisions of the database, which "
					+ "cannot be read: " + ex.getMessage() + "; give a range instead, such as 'db lint base:heads'",
					ex);
		}
	}

	/**
	 * Show the database's current revisions.
	 * @param verbose whether to show full entries, with when each was applied
	 * @return one line per current revision
	 */
	public String current(boolean verbose) {
		List<String> rows = this.migrator.current();
		RevisionGraph graph = this.migrator.graph();
		List<Revision> tips = graph.currentTips(rows).stream().map(graph::get).toList();
		if (!verbose) {
			return lines(
					tips.stream().map((revision) -> format(Set.of()).line(revision, RevisionFormat.Options.CURRENT)));
		}
		Map<String, HistoryEntry> applied = lastApplied();
		StringBuilder text = new StringBuilder("Current revision(s) for " + this.migrator.databaseUrl() + ":\n");
		tips.forEach((revision) -> text.append(format(Set.of()).entry(revision, appliedLines(applied, revision))));
		return text.toString();
	}

	/**
	 * Show revisions newest first.
	 * @param range {@code start:end}, either end optional; {@code current} names the
	 * database's revision
	 * @param verbose whether to show full entries, with when each was applied
	 * @param indicateCurrent whether to mark the database's revisions
	 * @return one line (or entry) per revision
	 */
	public String history(@Nullable String range, boolean verbose, boolean indicateCurrent) {
		RevisionRange parsed = parse(range);
		List<String> rows = historyReadsDatabase(range, verbose, indicateCurrent) ? this.migrator.current() : List.of();
		RevisionRange resolved = new RevisionRange(current(parsed.start(), rows, parsed),
				current(parsed.end(), rows, parsed));
		List<Revision> revisions = new MigrationPlanner(this.migrator.graph()).history(resolved);
		RevisionFormat format = format(indicateCurrent ? new HashSet<>(rows) : Set.of());
		if (!verbose) {
			return lines(revisions.stream().map((revision) -> format.line(revision, RevisionFormat.Options.HISTORY)));
		}
		Map<String, HistoryEntry> applied = lastApplied();
		StringBuilder text = new StringBuilder();
		revisions.forEach((revision) -> text.append(format.entry(revision, appliedLines(applied, revision))));
		return text.toString();
	}

	/**
	 * Return whether {@link #history} reads the database with these arguments: to show
	 * when revisions were applied, to mark the current ones, or for a range that names
	 * {@code current}.
	 * @param range the range, or {@code null}
	 * @param verbose whether full entries are shown
	 * @param indicateCurrent whether the database's revisions are marked
	 * @return whether the database is read
	 */
	public static boolean historyReadsDatabase(@Nullable String range, boolean verbose, boolean indicateCurrent) {
		RevisionRange parsed = parse(range);
		return verbose || indicateCurrent || "current".equals(parsed.start()) || "current".equals(parsed.end());
	}

	private static RevisionRange parse(@Nullable String range) {
		return (range != null) ? RevisionRange.parse(range) : new RevisionRange(null, null);
	}

	/**
	 * Show the heads of the revision graph.
	 * @param verbose whether to show full entries
	 * @param resolveDependencies whether to leave out heads that others depend on
	 * @return one line (or entry) per head
	 */
	public String heads(boolean verbose, boolean resolveDependencies) {
		RevisionGraph graph = this.migrator.graph();
		List<Revision> heads = resolveDependencies ? graph.realHeads() : graph.heads();
		RevisionFormat format = format(Set.of());
		if (verbose) {
			return String.join("", heads.stream().map((revision) -> format.entry(revision, List.of())).toList());
		}
		return lines(heads.stream().map((revision) -> format.line(revision, RevisionFormat.Options.HEADS)));
	}

	/**
	 * Show the branch points and the revisions each branches into.
	 * @param verbose whether to show full entries and messages
	 * @return the branch points, each followed by its children and a blank line
	 */
	public String branches(boolean verbose) {
		RevisionGraph graph = this.migrator.graph();
		RevisionFormat format = format(Set.of());
		StringBuilder text = new StringBuilder();
		for (Revision point : graph.branchPoints()) {
			text.append(verbose ? format.entry(point, List.of())
					: format.line(point, RevisionFormat.Options.BRANCH_CHILD) + "\n");
			String pad = " ".repeat(point.id().length());
			for (String child : graph.children(point.id())) {
				text.append(pad)
					.append(" -> ")
					.append(format.line(graph.get(child), RevisionFormat.Options.BRANCH_CHILD.withMessage(verbose)))
					.append('\n');
			}
			text.append('\n');
		}
		return text.toString();
	}

	/**
	 * Show one revision in full.
	 * @param expression a revision expression; {@code current} for the database's
	 * @return the entries of the revisions it names
	 */
	public String show(String expression) {
		RevisionGraph graph = this.migrator.graph();
		List<Revision> revisions = "current".equals(expression)
				? this.migrator.current().stream().map(graph::get).toList() : graph.resolve(expression);
		RevisionFormat format = format(Set.of());
		return String.join("", revisions.stream().map((revision) -> format.entry(revision, List.of())).toList());
	}

	/**
	 * Write a new, empty revision on top of a head.
	 * @param request what to create
	 * @return {@code Generating <path> ...  done}
	 */
	public String revision(NewRevision request) {
		return this.author.revision(request);
	}

	/**
	 * Write a revision that merges several heads into one.
	 * @param revisions expressions naming the heads to merge, such as {@code heads}
	 * @param message the message
	 * @param branchLabels branch labels of the merge revision
	 * @param revisionId the id to use instead of a generated one
	 * @param format the script format
	 * @return {@code Generating <path> ...  done}
	 */
	public String merge(List<String> revisions, String message, List<String> branchLabels, @Nullable String revisionId,
			ScriptFormat format) {
		return this.author.merge(revisions, message, branchLabels, revisionId, format);
	}

	/**
	 * Compare the model with the schema the revisions build, writing nothing.
	 * @return the changes no revision captures, or that there are none
	 */
	public SchemaCheck check() {
		return check(Against.REVISIONS);
	}

	/**
	 * Compare the model with the current schema, writing nothing.
	 * @param against the schema the revisions build, or the database, which must be at
	 * the heads
	 * @return the changes no revision captures, or that there are none
	 */
	public SchemaCheck check(Against against) {
		return autogenerate().check(against);
	}

	/**
	 * Write a new revision with the changes that turn the schema the revisions build into
	 * the model's, after proving its upgrade and downgrade on a shadow database.
	 * @param request what to create
	 * @return {@code Generating <path> ...  done}, or
	 * {@code No changes in schema detected.}
	 * @throws DropsNotConfirmedException when a dropped table or column looks like an
	 * added one
	 */
	public String migrate(NewRevision request) {
		return migrate(request, Against.REVISIONS, false);
	}

	/**
	 * Write a new revision with the changes that turn the current schema into the
	 * model's, after proving its upgrade and downgrade on a shadow database.
	 * @param request what to create
	 * @param against the schema the revisions build, or the database, which must be at
	 * the heads
	 * @param acceptDrops whether dropped tables and columns that look like added ones are
	 * meant to be dropped, not renamed
	 * @return {@code Generating <path> ...  done}, or
	 * {@code No changes in schema detected.}
	 * @throws DropsNotConfirmedException when a dropped table or column looks like an
	 * added one and {@code acceptDrops} is {@code false}
	 */
	public String migrate(NewRevision request, Against against, boolean acceptDrops) {
		return autogenerate().migrate(request, against, acceptDrops);
	}

	private AutogenerateCommands autogenerate() {
		if (this.autogenerate == null) {
			throw new MigrateException("No model source is configured, so there is nothing to compare the revisions "
					+ "with; write the desired schema to the schema file (migrate.model.schema-file)");
		}
		return this.autogenerate;
	}

	/**
	 * Create the directories new revisions go into, with a short README.
	 * @return one {@code Creating directory} or {@code Generating} line per file
	 */
	public String init() {
		return this.author.init();
	}

	private static @Nullable String current(@Nullable String end, List<String> rows, RevisionRange range) {
		if (!"current".equals(end)) {
			return end;
		}
		if (rows.size() > 1) {
			throw new RevisionException("'current' names several revisions (" + String.join(", ", rows)
					+ "); name one of them in the range: "
					+ Hints.either(rows.stream().map((row) -> range.toString().replace("current", row)).toList()));
		}
		return rows.isEmpty() ? "base" : rows.get(0);
	}

	private Map<String, HistoryEntry> lastApplied() {
		Map<String, HistoryEntry> applied = new LinkedHashMap<>();
		for (HistoryEntry entry : this.migrator.history()) {
			if (entry.success() && entry.revision() != null && "upgrade".equals(entry.direction())) {
				applied.put(entry.revision(), entry);
			}
		}
		return applied;
	}

	private static List<String> appliedLines(Map<String, HistoryEntry> applied, Revision revision) {
		HistoryEntry entry = applied.get(revision.id());
		if (entry == null) {
			return List.of();
		}
		String duration = (entry.executionTime() != null) ? " in " + entry.executionTime().toMillis() + " ms" : "";
		Integer run = entry.statementsRun();
		String statements = (run != null) ? ", " + run + ((run == 1) ? " statement" : " statements") : "";
		return List.of("Applied: " + entry.appliedAt() + " by " + entry.appliedBy() + duration + statements);
	}

	private RevisionFormat format(Set<String> current) {
		return new RevisionFormat(this.migrator.graph(), current);
	}

	private static String steps(MigrationPlan plan) {
		return lines(plan.steps().stream().map((Step step) -> step.describe(true)));
	}

	private static String lines(Stream<String> lines) {
		StringBuilder text = new StringBuilder();
		lines.forEach((line) -> text.append(line).append('\n'));
		return text.toString();
	}

}
