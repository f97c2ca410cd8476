package dev.migrate.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrate.autogenerate.Against;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.schema.Hazard;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;

import org.jspecify.annotations.Nullable;

/**
 * What {@code db check} found.
 *
 * @param report the text to print: the changes no revision captures, or that there are
 * none
 * @param json the same as a JSON object, for {@code db check --json}
 * @param inSync whether the current schema is the desired one
 */
public record SchemaCheck(String report, String json, boolean inSync) {

	static final String NO_CHANGES = "No changes in schema detected.\n";

	/**
	 * The report of a comparison: one line per change that no revision captures (such as
	 * {@code add table audit (id)} or {@code drop column account.note}, with a warning
	 * when it loses data), the changes the differ cannot write, the possible renames with
	 * the hint that declares each, what the application would find wrong in the schema,
	 * and the command that writes a revision.
	 * @param comparison the comparison that gave the result
	 * @param against what the model was compared with
	 * @param result the result
	 * @return the check
	 */
	public static SchemaCheck of(SchemaComparison comparison, Against against, SchemaComparison.Result result) {
		SchemaDiff diff = result.diff();
		List<String> problems = result.applicationProblems();
		boolean inSync = diff.isEmpty() && problems.isEmpty();
		String json = Json.write(json(inSync ? "in_sync" : "changes_detected", comparison, against, result));
		if (inSync) {
			return new SchemaCheck(NO_CHANGES, json, true);
		}
		StringBuilder text = new StringBuilder();
		if (!diff.isEmpty()) {
			text.append("The " + comparison.describeSource() + " has changes that no "
					+ ((against == Against.DATABASE) ? "revision applied to the database" : "revision")
					+ " captures:\n");
			diff.changes()
				.forEach((change) -> text.append("  ").append(describe(change, result.rowsAtRisk())).append('\n'));
			diff.unsupported().forEach((line) -> text.append("  ").append(line).append('\n'));
		}
		if (!diff.renameCandidates().isEmpty()) {
			text.append("Possible renames, written as a drop and an add unless a hint says otherwise:\n");
			text.append(candidates(diff, comparison));
		}
		if (!problems.isEmpty()) {
			text.append("The application would not start on the schema the revisions build:\n");
			problems.forEach((line) -> text.append("  ").append(line).append('\n'));
		}
		text.append(diff.isEmpty() ? "Write a revision that fixes it ('db revision -m \"<message>\"').\n"
				: "Run 'db migrate -m \"<message>\"' to write a revision for them.\n");
		return new SchemaCheck(text.toString(), json, false);
	}

	/**
	 * One change on one line, with a warning when it is hazardous, and the rows at risk
	 * where they were counted.
	 */
	static String describe(SchemaChange change, Map<SchemaChange, Long> rowsAtRisk) {
		Long rows = rowsAtRisk.get(change);
		return change.description() + change.hazards()
			.stream()
			.sorted()
			.map((hazard) -> (hazard == Hazard.REQUIRES_VALUES && rows != null) ? hazard.description() + ": " + rows
					+ ((rows == 1) ? " such row" : " such rows") + " in the database" : hazard.description())
			.collect(Collectors.joining(", ", change.isHazardous() ? " (warning: " : "",
					change.isHazardous() ? ")" : ""));
	}

	/**
	 * The possible renames of a difference, one per line, each with the hint that
	 * declares it in the model source.
	 */
	static String candidates(SchemaDiff diff, SchemaComparison comparison) {
		return diff.renameCandidates()
			.stream()
			.map((candidate) -> "  " + candidate.hint() + " (" + candidate.reason() + "): if it is a rename, "
					+ comparison.howToDeclare(candidate.hint()) + "\n")
			.collect(Collectors.joining());
	}

	private static Map<String, @Nullable Object> json(String status, SchemaComparison comparison, Against against,
			SchemaComparison.Result result) {
		SchemaDiff diff = result.diff();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("status", status);
		json.put("source", comparison.describeSource());
		json.put("against", against.optionName());
		json.put("changes",
				diff.changes()
					.stream()
					.flatMap((change) -> ChangeEntry.of(change, result.rowsAtRisk().get(change)).stream())
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
		json.put("applicationProblems", result.applicationProblems());
		return json;
	}

}
