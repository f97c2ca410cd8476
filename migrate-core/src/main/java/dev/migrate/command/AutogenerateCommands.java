package dev.migrate.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Against;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.ops.JavaSourceRenderer;
import dev.migrate.ops.Operation;
import dev.migrate.schema.Hazard;
import dev.migrate.schema.MigrationVerifier.Verification;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;

import org.jspecify.annotations.Nullable;

/**
 * {@code db check} and {@code db migrate}: compare the model with the schema the
 * revisions build, report the difference, or verify it and write it as a new revision.
 */
final class AutogenerateCommands {

	static final String NO_CHANGES = "No changes in schema detected.\n";

	private final Supplier<SchemaComparison> comparison;

	private final RevisionGraph compiled;

	private final RevisionFiles files;

	private final RevisionAuthor author;

	AutogenerateCommands(Supplier<SchemaComparison> comparison, RevisionGraph compiled, RevisionFiles files,
			RevisionAuthor author) {
		this.comparison = comparison;
		this.compiled = compiled;
		this.files = files;
		this.author = author;
	}

	SchemaCheck check(Against against) {
		requireCompiled();
		SchemaComparison comparison = this.comparison.get();
		SchemaComparison.Result result = comparison.compare(false, against);
		SchemaDiff diff = result.diff();
		Map<SchemaChange, Long> rows = result.rowsAtRisk();
		String json = Json
			.write(json(diff.isEmpty() ? "in_sync" : "changes_detected", comparison, against, diff, rows));
		if (diff.isEmpty()) {
			return new SchemaCheck(NO_CHANGES, json, true);
		}
		StringBuilder text = new StringBuilder("The " + comparison.describeSource() + " has changes that no "
				+ ((against == Against.DATABASE) ? "revision applied to the database" : "revision") + " captures:\n");
		diff.changes().forEach((change) -> text.append("  ").append(describe(change, rows)).append('\n'));
		diff.unsupported().forEach((line) -> text.append("  ").append(line).append('\n'));
		if (!diff.renameCandidates().isEmpty()) {
			text.append("Possible renames, written as a drop and an add unless a hint says otherwise:\n");
			text.append(candidates(diff, comparison));
		}
		text.append("Run 'db migrate -m \"<message>\"' to write a revision for them.\n");
		return new SchemaCheck(text.toString(), json, false);
	}

	String migrate(NewRevision request, Against against, boolean acceptDrops) {
		requireCompiled();
		SchemaComparison comparison = this.comparison.get();
		SchemaComparison.Result result = comparison.compare(true, against);
		SchemaDiff diff = result.diff();
		if (diff.isEmpty()) {
			return NO_CHANGES;
		}
		if (!diff.renameCandidates().isEmpty() && !acceptDrops) {
			throw new DropsNotConfirmedException("The " + comparison.describeSource()
					+ " drops what may have been renamed, so nothing was written:\n" + candidates(diff, comparison)
					+ "Add the hint where it is a rename, or run again with --accept-drops if the drops are meant.");
		}
		requireClean(result.verification(), diff);
		Map<SchemaChange, Long> rows = result.rowsAtRisk();
		RevisionBody body = (request.format() == ScriptFormat.SQL) ? sql(diff, rows, comparison.dialect())
				: java(diff, rows);
		return acceptedDrops(diff) + this.author.revision(request, body);
	}

	private static String candidates(SchemaDiff diff, SchemaComparison comparison) {
		return diff.renameCandidates()
			.stream()
			.map((candidate) -> "  " + candidate.hint() + " (" + candidate.reason() + "): if it is a rename, "
					+ comparison.howToDeclare(candidate.hint()) + "\n")
			.collect(Collectors.joining());
	}

	private static String acceptedDrops(SchemaDiff diff) {
		return diff.renameCandidates()
			.stream()
			.map((candidate) -> "Note: " + candidate + " is written as a drop and an add, as --accept-drops says\n")
			.collect(Collectors.joining());
	}

	private static Map<String, @Nullable Object> json(String status, SchemaComparison comparison, Against against,
			SchemaDiff diff, Map<SchemaChange, Long> rows) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("status", status);
		json.put("source", comparison.describeSource());
		json.put("against", against.optionName());
		json.put("changes",
				diff.changes()
					.stream()
					.flatMap((change) -> ChangeEntry.of(change, rows.get(change)).stream())
					.map(ChangeEntry::toJson)
					.toList());
		json.put("renameCandidates", diff.renameCandidates().stream().map((candidate) -> {
			Map<String, @Nullable Object> entry = new LinkedHashMap<>();
			RenameHint hint = candidate.hint();
			entry.put("kind", hint.isColumn() ? "rename_column" : "rename_table");
			entry.put("object", hint.isColumn() ? hint.table() + "." + hint.from() : hint.from());
			entry.put("before", hint.from());
			entry.put("after", hint.to());
			entry.put("reason", candidate.reason());
			entry.put("hint", comparison.howToDeclare(hint));
			return entry;
		}).toList());
		json.put("unsupported", diff.unsupported());
		return json;
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
					+ "revisions only; build the project, then run the command again");
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

	private static String describe(SchemaChange change, Map<SchemaChange, Long> rowsAtRisk) {
		Long rows = rowsAtRisk.get(change);
		return change.description() + change.hazards()
			.stream()
			.sorted()
			.map((hazard) -> (hazard == Hazard.REQUIRES_VALUES && rows != null) ? hazard.description() + ": " + rows
					+ ((rows == 1) ? " such row" : " such rows") + " in the database" : hazard.description())
			.collect(Collectors.joining(", ", change.isHazardous() ? " (warning: " : "",
					change.isHazardous() ? ")" : ""));
	}

	private static RevisionBody java(SchemaDiff diff, Map<SchemaChange, Long> rows) {
		JavaSourceRenderer renderer = new JavaSourceRenderer();
		return body(diff, rows, "// ", (operation) -> List.of(renderer.render(operation)));
	}

	private static RevisionBody sql(SchemaDiff diff, Map<SchemaChange, Long> rows, Dialect dialect) {
		return body(diff, rows, "-- ",
				(operation) -> dialect.render(operation).stream().map((statement) -> statement + ";").toList());
	}

	private static RevisionBody body(SchemaDiff diff, Map<SchemaChange, Long> rows, String comment,
			Rendering rendering) {
		List<String> upgrade = new ArrayList<>();
		for (SchemaChange change : diff.changes()) {
			upgrade.add(comment + describe(change, rows));
			upgrade.addAll(rendering.render(change.upgrade()));
		}
		List<String> downgrade = new ArrayList<>();
		for (int i = diff.changes().size() - 1; i >= 0; i--) {
			SchemaChange change = diff.changes().get(i);
			downgrade.add(comment + "undo: " + change.description());
			downgrade.addAll(rendering.render(change.downgrade()));
		}
		return new RevisionBody(upgrade, downgrade);
	}

	@FunctionalInterface
	private interface Rendering {

		List<String> render(Operation operation);

	}

}
