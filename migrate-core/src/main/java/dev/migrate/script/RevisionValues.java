package dev.migrate.script;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Checks of revision metadata shared by the SQL header and the {@link Revision}
 * annotation. Character rules for ids belong to the revision graph.
 */
final class RevisionValues {

	private RevisionValues() {
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
