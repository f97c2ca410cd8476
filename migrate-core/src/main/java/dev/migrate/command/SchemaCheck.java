package dev.migrate.command;

import java.util.stream.Collectors;

import dev.migrate.schema.Hazard;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;

/**
 * What {@code db check} found.
 *
 * @param report the text to print: the changes no revision captures, or that there are
 * none
 * @param inSync whether the revisions build the desired schema
 */
public record SchemaCheck(String report, boolean inSync) {

	static final String NO_CHANGES = "No changes in schema detected.\n";

	/**
	 * The report of a comparison: one line per change that no revision captures (such as
	 * {@code add table audit (id)} or {@code drop column account.note}, with a warning
	 * when it loses data), the changes the differ cannot write, the rename candidates,
	 * and the command that writes a revision for them.
	 * @param source what the model is, such as
	 * {@code schema file classpath:db/schema.sql}
	 * @param diff what turns the schema the revisions build into the model's
	 * @return the check
	 */
	public static SchemaCheck of(String source, SchemaDiff diff) {
		if (diff.isEmpty()) {
			return new SchemaCheck(NO_CHANGES + notes(diff), true);
		}
		StringBuilder text = new StringBuilder("The " + source + " has changes that no revision captures:\n");
		diff.changes().forEach((change) -> text.append("  ").append(describe(change)).append('\n'));
		diff.unsupported().forEach((line) -> text.append("  ").append(line).append('\n'));
		text.append(notes(diff));
		text.append("Run 'db migrate -m \"<message>\"' to write a revision for them.\n");
		return new SchemaCheck(text.toString(), false);
	}

	static String notes(SchemaDiff diff) {
		return diff.renameCandidates()
			.stream()
			.map((candidate) -> "Note: " + candidate
					+ "; it is generated as a drop and an add: edit the revision if it is a rename\n")
			.collect(Collectors.joining());
	}

	/**
	 * One change on one line, with a warning when it is hazardous.
	 */
	static String describe(SchemaChange change) {
		return change.description() + warning(change);
	}

	private static String warning(SchemaChange change) {
		return change.hazards()
			.stream()
			.sorted()
			.map(Hazard::description)
			.collect(Collectors.joining(", ", change.isHazardous() ? " (warning: " : "",
					change.isHazardous() ? ")" : ""));
	}

}
