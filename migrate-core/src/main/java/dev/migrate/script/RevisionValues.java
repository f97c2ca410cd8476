package dev.migrate.script;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Checks of revision metadata shared by the SQL header and the {@link Revision}
 * annotation, and the one place that turns the annotation's attributes into a revision,
 * whether they come from a class file or a source file. Character rules for ids belong to
 * the revision graph.
 */
final class RevisionValues {

	private RevisionValues() {
	}

	/**
	 * Turn the attributes of a {@link Revision @Revision} annotation into the revision.
	 * @param attributes every attribute, defaults included: {@code String} values,
	 * {@code String[]} for arrays
	 * @param where {@code in ...}, naming the class or file for messages
	 * @param source where the revision comes from, for the revision
	 * @return the revision
	 * @throws ScriptException if a value is not valid
	 */
	static dev.migrate.graph.Revision annotated(Map<String, ?> attributes, String where, String source) {
		return new dev.migrate.graph.Revision(id((String) attributes.get("id"), where),
				annotatedIds(attributes, "revises", where), annotatedIds(attributes, "branchLabels", where),
				annotatedIds(attributes, "dependsOn", where), (String) attributes.get("message"),
				created((String) attributes.get("created"), where), source);
	}

	/**
	 * The lint suppressions of a {@link Revision @Revision} annotation.
	 * @param attributes every attribute, as for {@link #annotated}
	 * @param where {@code in ...}, naming the class or file for messages
	 * @return the suppressions, each for the whole revision
	 * @throws ScriptException if one has no code or no reason
	 */
	static List<LintIgnore> lintIgnores(Map<String, ?> attributes, String where) {
		return Arrays.stream((String[]) attributes.get("lintIgnore"))
			.map((value) -> LintIgnore.parse(value, null, where))
			.toList();
	}

	/**
	 * The DDL timeouts of a {@link Revision @Revision} annotation.
	 * @param attributes every attribute, as for {@link #annotated}
	 * @param where {@code in ...}, naming the class or file for messages
	 * @return the timeouts, {@code null} parts where not set
	 * @throws ScriptException if one is not a duration
	 */
	static DdlTimeouts timeouts(Map<String, ?> attributes, String where) {
		return new DdlTimeouts(DdlTimeouts.parse((String) attributes.get("lockTimeout"), "lockTimeout", where),
				DdlTimeouts.parse((String) attributes.get("statementTimeout"), "statementTimeout", where));
	}

	private static List<String> annotatedIds(Map<String, ?> attributes, String name, String where) {
		return ids(List.of((String[]) attributes.get(name)), name, where);
	}

	static String id(String id, String where) {
		if (id.isBlank()) {
			throw new ScriptException("No revision id " + where + "; every script needs a unique id");
		}
		return id.strip();
	}

	static List<String> ids(List<String> ids, String field, String where) {
		for (String id : ids) {
			if (id.isBlank()) {
				throw new ScriptException("Empty entry in '" + field + "' " + where
						+ "; list ids or branch labels, or leave the field out");
			}
		}
		return ids.stream().map(String::strip).toList();
	}

	static @Nullable LocalDateTime created(String created, String where) {
		if (created.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(created.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ScriptException("Invalid created date '" + created + "' " + where
					+ "; use an ISO-8601 local date-time such as 2026-01-15T10:30:00", ex);
		}
	}

}
