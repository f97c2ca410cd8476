package dev.migrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Against;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.lint.LintCode;
import dev.migrate.lint.Linter;
import dev.migrate.ops.JavaSourceRenderer;
import dev.migrate.ops.Operation;
import dev.migrate.ops.ValidateConstraint;
import dev.migrate.schema.MigrationVerifier.Verification;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;

import org.jspecify.annotations.Nullable;

/**
 * {@code db check} and {@code db migrate}: compare the model with the schema the
 * revisions build, report the difference, or verify it and write it as a new revision.
 */
final class AutogenerateCommands {

	private final Supplier<SchemaComparison> comparison;

	private final RevisionGraph compiled;

	private final RevisionFiles files;

	private final RevisionAuthor author;

	private final Supplier<Linter> linter;

	AutogenerateCommands(Supplier<SchemaComparison> comparison, RevisionGraph compiled, RevisionFiles files,
			RevisionAuthor author, Supplier<Linter> linter) {
		this.comparison = comparison;
		this.compiled = compiled;
		this.files = files;
		this.author = author;
		this.linter = linter;
	}

	SchemaCheck check(Against against) {
		requireCompiled();
		SchemaComparison comparison = this.comparison.get();
		return SchemaCheck.of(comparison, against, comparison.compare(false, against));
	}

	String migrate(NewRevision request, Against against, boolean acceptDrops) {
		requireCompiled();
		SchemaComparison comparison = this.comparison.get();
		SchemaComparison.Result result = comparison.compare(true, against);
		SchemaDiff diff = result.diff();
		if (diff.isEmpty()) {
			return SchemaCheck.NO_CHANGES;
		}
		if (!diff.renameCandidates().isEmpty() && !acceptDrops) {
			throw new DropsNotConfirmedException("The " + comparison.describeSource()
					+ " drops what may have been renamed, so nothing was written:\n"
					+ SchemaCheck.candidates(diff, comparison)
					+ "Add the hint where it is a rename, or run again with --accept-drops if the drops are meant.");
		}
		requireClean(result.verification(), diff);
		List<List<LintCode>> lint = this.linter.get()
			.codesOf(diff.changes().stream().map(SchemaChange::upgrade).toList());
		RevisionBody body = (request.format() == ScriptFormat.SQL) ? sql(result, lint, comparison)
				: java(result, lint, comparison);
		return acceptedDrops(diff) + this.author.revision(request, body);
	}

	private static String acceptedDrops(SchemaDiff diff) {
		return diff.renameCandidates()
			.stream()
			.map((candidate) -> "Note: " + candidate + " is written as a drop and an add, as --accept-drops says\n")
			.collect(Collectors.joining());
	}

	/**
	 * The shadow database replays the compiled revisions; a revision written since the
	 * last build would be missing from it, and its changes generated again.
	 */
	private void requireCompiled() {
		Set<String> compiledIds = this.compiled.revisions().stream().map(Revision::id).collect(Collectors.toSet());
		List<String> uncompiled = this.files.sources()
			.over(this.compiled)
			.revisions()
			.stream()
			.map(Revision::id)
			.filter((id) -> !compiledIds.contains(id))
			.sorted()
			.toList();
		if (!uncompiled.isEmpty()) {
			throw new MigrateException("Revision(s) " + String.join(", ", uncompiled)
					+ " in the source directories are not compiled yet, and the comparison replays compiled "
					+ "revisions only; build the project, then run the command again (a Spring Shell session "
					+ "sees them once it is started again on the new build)");
		}
	}

	private static void requireClean(@Nullable Verification verification, SchemaDiff diff) {
		if (verification == null || verification.isClean()) {
			return;
		}
		StringBuilder text = new StringBuilder(
				"The generated revision does not do what it should, so nothing was written.");
		if (!verification.upgradeResidue().isEmpty()) {
			text.append("\nAfter its upgrade, the schema still differs from the model:");
			verification.upgradeResidue().forEach((line) -> text.append("\n  ").append(line));
		}
		if (!verification.downgradeResidue().isEmpty()) {
			text.append("\nAfter its downgrade, the schema differs from the one the revisions build:");
			verification.downgradeResidue().forEach((line) -> text.append("\n  ").append(line));
		}
		if (!diff.unsupported().isEmpty()) {
			text.append("\nWrite those changes by hand in a revision ('db revision -m \"<message>\"').");
		}
		throw new MigrateException(text.toString());
	}

	private static RevisionBody java(SchemaComparison.Result result, List<List<LintCode>> lint,
			SchemaComparison comparison) {
		JavaSourceRenderer renderer = new JavaSourceRenderer();
		return body(result, lint, comparison, "// ", (operation) -> List.of(renderer.render(operation)), true);
	}

	private static RevisionBody sql(SchemaComparison.Result result, List<List<LintCode>> lint,
			SchemaComparison comparison) {
		Dialect dialect = comparison.dialect();
		SchemaDiff diff = result.diff();
		boolean transactional = Stream.concat(diff.upgrade().stream(), diff.downgrade().stream())
			.noneMatch(dialect::runsOutsideTransaction);
		return body(result, lint, comparison, "-- ",
				(operation) -> dialect.render(operation).stream().map((statement) -> statement + ";").toList(),
				transactional);
	}

	/**
	 * The bodies: each change's upgrade under a comment that describes it, one per
	 * warning of the model source, and one per lint finding of its operation
	 * ({@code lint CODE: what happens; instead: ...}).
	 */
	private static RevisionBody body(SchemaComparison.Result result, List<List<LintCode>> lint,
			SchemaComparison comparison, String comment, Rendering rendering, boolean transactional) {
		SchemaDiff diff = result.diff();
		List<String> upgrade = new ArrayList<>(transactionNote(diff, comparison.dialect(), comment));
		for (int i = 0; i < diff.changes().size(); i++) {
			SchemaChange change = diff.changes().get(i);
			upgrade.add(comment + SchemaCheck.describe(change, result.rowsAtRisk()));
			comparison.warnings(change).forEach((warning) -> upgrade.add(comment + "warning: " + warning));
			lint.get(i)
				.forEach((code) -> upgrade
					.add(comment + "lint " + code.code() + ": " + code.problem() + "; instead: " + code.alternative()));
			upgrade.addAll(rendering.render(change.upgrade()));
		}
		List<String> downgrade = new ArrayList<>();
		for (int i = diff.changes().size() - 1; i >= 0; i--) {
			SchemaChange change = diff.changes().get(i);
			downgrade.add(comment + "undo: " + change.description());
			downgrade.addAll(rendering.render(change.downgrade()));
		}
		return new RevisionBody(upgrade, downgrade, transactional);
	}

	/**
	 * What the revision's transaction means for its safe forms: without one each
	 * statement commits as it runs; in one, a constraint added not valid keeps its lock
	 * while it is validated.
	 */
	private static List<String> transactionNote(SchemaDiff diff, Dialect dialect, String comment) {
		if (diff.upgrade().stream().anyMatch(dialect::runsOutsideTransaction)) {
			return List.of(comment + "This revision runs outside a transaction on " + dialect.name()
					+ " (it builds an index concurrently or adds an enum value): each statement commits as it runs,"
					+ " and if one fails the statements before it stay; the failure report lists them.");
		}
		if (diff.upgrade().stream().anyMatch(ValidateConstraint.class::isInstance)) {
			return List.of(comment + "The constraints added NOT VALID are validated in this revision's transaction,"
					+ " which keeps the lock of each ADD CONSTRAINT until it commits: move the validateConstraint steps"
					+ " to a revision of their own to check the existing rows while writes go on.");
		}
		return List.of();
	}

	@FunctionalInterface
	private interface Rendering {

		List<String> render(Operation operation);

	}

}
