package dev.migrate.script;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.graph.Revision;
import dev.migrate.script.SqlMigrationScript.Section;
import org.jspecify.annotations.Nullable;

/**
 * Parses a SQL migration script.
 * <p>
 * A script is a header, an {@code -- upgrade} section and an optional
 * {@code -- downgrade} section: <pre class="code">
 * -- revision: 4cd99ccb2794
 * -- revises: 60815f645d4b
 * -- message: Add is_active to system_config
 *
 * -- upgrade
 * ALTER TABLE system_config ADD COLUMN is_active BOOLEAN;
 *
 * -- downgrade
 * ALTER TABLE system_config DROP COLUMN is_active;
 * </pre>
 * <p>
 * The header is every line before {@code -- upgrade}: blank lines,
 * {@code -- field: value} lines and other {@code --} comments. A comment whose first word
 * is followed by a colon is a field; the fields are:
 * <ul>
 * <li>{@code revision}: the id, required</li>
 * <li>{@code revises}: comma-separated parent ids; several for a merge, empty or absent
 * for a base</li>
 * <li>{@code message}: the one-line description</li>
 * <li>{@code created}: an ISO-8601 local date-time such as
 * {@code 2026-01-15T10:30:00}</li>
 * <li>{@code branch-labels}: comma-separated branch labels</li>
 * <li>{@code depends-on}: comma-separated revision ids or branch labels</li>
 * <li>{@code transactional}: {@code true} (the default) or {@code false}</li>
 * <li>{@code lock-timeout}, {@code statement-timeout}: the revision's
 * {@link DdlTimeouts}, such as {@code 5s}</li>
 * </ul>
 * Field names are case-insensitive; an unknown or repeated field is an error. A line
 * {@code -- migrate:lint-ignore CODE reason} suppresses a lint finding: in the header for
 * the whole revision, in a section for the statement after it (see {@link LintIgnore}).
 * <p>
 * A section starts at a line holding only {@code -- upgrade} or {@code -- downgrade}
 * (case-insensitive). Markers are found line by line, so such a line inside a string or a
 * dollar-quoted body still starts a section. Sections are split into statements by
 * {@link SqlStatementSplitter}. A script without {@code -- downgrade} has no downgrade;
 * an empty section is a downgrade that does nothing.
 */
public final class SqlScriptParser {

	/**
	 * The header fields a SQL script may declare.
	 */
	public static final List<String> FIELDS = List.of("revision", "revises", "message", "created", "branch-labels",
			"depends-on", "transactional", "lock-timeout", "statement-timeout");

	private static final Pattern FIELD = Pattern.compile("--\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");

	private static final Pattern SECTION = Pattern.compile("--\\s*(upgrade|downgrade)", Pattern.CASE_INSENSITIVE);

	private static final Pattern LINT_IGNORE = Pattern
		.compile("--\\s*" + Pattern.quote(LintIgnore.DIRECTIVE) + "(?:\\s+(.*))?");

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r");

	private SqlScriptParser() {
	}

	/**
	 * Parse a SQL migration script.
	 * @param source the script's description for the revision and for messages, such as
	 * {@code classpath:db/migrations/4cd99ccb2794_add_is_active.sql}
	 * @param text the script text
	 * @return the parsed script
	 * @throws ScriptException if the script is not valid
	 */
	public static SqlMigrationScript parse(String source, String text) {
		String content = normalize(text);
		Map<String, Field> fields = new LinkedHashMap<>();
		List<LintIgnore> lintIgnores = new ArrayList<>();
		int upgradeLine = 0;
		int downgradeLine = 0;
		int upgradeStart = 0;
		int downgradeMarkerStart = content.length();
		int downgradeStart = content.length();
		int lineNumber = 0;
		for (int lineStart = 0; lineStart < content.length();) {
			int lineEnd = content.indexOf('\n', lineStart);
			lineEnd = (lineEnd >= 0) ? lineEnd : content.length();
			lineNumber++;
			int first = firstNonWhitespace(content, lineStart, lineEnd);
			if (content.startsWith("--", first)) {
				String line = content.substring(first, lineEnd);
				Matcher lintIgnore = LINT_IGNORE.matcher(line);
				Matcher section = SECTION.matcher(line);
				if (lintIgnore.matches()) {
					String value = (lintIgnore.group(1) != null) ? lintIgnore.group(1) : "";
					lintIgnores.add(LintIgnore.parse(value, (upgradeLine > 0) ? lineNumber : null,
							"at line " + lineNumber + " of " + source));
				}
				else if (section.matches()) {
					if (section.group(1).toLowerCase(Locale.ROOT).equals("upgrade")) {
						if (upgradeLine > 0) {
							throw error("Second '-- upgrade'", source, lineNumber,
									"a script has one upgrade section, first at line " + upgradeLine);
						}
						upgradeLine = lineNumber;
						upgradeStart = lineEnd + 1;
					}
					else if (upgradeLine == 0) {
						throw error("'-- downgrade' before '-- upgrade'", source, lineNumber,
								"put the upgrade section first");
					}
					else if (downgradeLine > 0) {
						throw error("Second '-- downgrade'", source, lineNumber,
								"a script has at most one downgrade section, first at line " + downgradeLine);
					}
					else {
						downgradeLine = lineNumber;
						downgradeMarkerStart = lineStart;
						downgradeStart = lineEnd + 1;
					}
				}
				else if (upgradeLine == 0) {
					readHeaderField(line, source, lineNumber, fields);
				}
			}
			else if (upgradeLine == 0 && first < lineEnd) {
				throw error("Unexpected text before '-- upgrade'", source, lineNumber,
						"the header holds only '-- field: value' lines and comments; statements go after '-- upgrade'");
			}
			lineStart = lineEnd + 1;
		}
		if (upgradeLine == 0) {
			throw new ScriptException(
					"No '-- upgrade' section in " + source + "; put a line '-- upgrade' before the upgrade statements");
		}
		Section upgrade = section(content, upgradeStart, downgradeMarkerStart, source, upgradeLine);
		Section downgrade = (downgradeLine > 0)
				? section(content, downgradeStart, content.length(), source, downgradeLine) : null;
		return new SqlMigrationScript(revision(fields, source), upgrade, downgrade, transactional(fields, source),
				content, lintIgnores, new DdlTimeouts(duration(fields, "lock-timeout", source),
						duration(fields, "statement-timeout", source)));
	}

	/**
	 * Normalize line breaks, trailing whitespace and the byte order mark; a text that is
	 * normalized already (the usual case) is returned as it is, without copying.
	 */
	private static String normalize(String text) {
		if (isNormalized(text)) {
			return text;
		}
		String unified = LINE_BREAK.matcher(text).replaceAll("\n");
		if (unified.startsWith("\uFEFF")) {
			unified = unified.substring(1);
		}
		StringBuilder normalized = new StringBuilder(unified.length());
		unified.lines().forEach((line) -> normalized.append(line.stripTrailing()).append('\n'));
		return normalized.toString();
	}

	private static boolean isNormalized(String text) {
		int length = text.length();
		if (length == 0) {
			return true;
		}
		if (text.charAt(length - 1) != '\n' || text.charAt(0) == '\uFEFF') {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char ch = text.charAt(i);
			if (ch == '\r') {
				return false;
			}
			if (ch == '\n' && i > 0 && text.charAt(i - 1) != '\n' && Character.isWhitespace(text.charAt(i - 1))) {
				return false;
			}
		}
		return true;
	}

	private static int firstNonWhitespace(String content, int start, int end) {
		int index = start;
		while (index < end && Character.isWhitespace(content.charAt(index))) {
			index++;
		}
		return index;
	}

	/**
	 * The section after a marker line, up to the next marker line or the end, without its
	 * last line break.
	 */
	private static Section section(String content, int start, int end, String source, int markerLine) {
		int last = (end > start && content.charAt(end - 1) == '\n') ? end - 1 : end;
		return Section.unsplit(content.substring(Math.min(start, last), last), source, markerLine + 1);
	}

	private static void readHeaderField(String line, String source, int lineNumber, Map<String, Field> fields) {
		Matcher matcher = FIELD.matcher(line);
		if (!matcher.matches()) {
			return;
		}
		String name = matcher.group(1).toLowerCase(Locale.ROOT);
		if (!FIELDS.contains(name)) {
			throw error("Unknown header field '" + matcher.group(1) + "'", source, lineNumber,
					"known fields are " + String.join(", ", FIELDS));
		}
		Field previous = fields.putIfAbsent(name, new Field(matcher.group(2).strip(), lineNumber));
		if (previous != null) {
			throw error("Repeated header field '" + name + "'", source, lineNumber,
					"it is already declared at line " + previous.line());
		}
	}

	private static Revision revision(Map<String, Field> fields, String source) {
		Field id = fields.get("revision");
		if (id == null) {
			throw new ScriptException("No 'revision' header field in " + source
					+ "; add a line '-- revision: <id>' at the top of the script");
		}
		return new Revision(RevisionValues.id(id.value(), id.where(source)), list(fields, "revises", source),
				list(fields, "branch-labels", source), list(fields, "depends-on", source), value(fields, "message"),
				created(fields, source), source);
	}

	private static List<String> list(Map<String, Field> fields, String name, String source) {
		Field field = fields.get(name);
		if (field == null || field.value().isEmpty()) {
			return List.of();
		}
		return RevisionValues.ids(List.of(field.value().split(",", -1)), name, field.where(source));
	}

	private static String value(Map<String, Field> fields, String name) {
		Field field = fields.get(name);
		return (field != null) ? field.value() : "";
	}

	private static @Nullable LocalDateTime created(Map<String, Field> fields, String source) {
		Field field = fields.get("created");
		return (field != null) ? RevisionValues.created(field.value(), field.where(source)) : null;
	}

	private static boolean transactional(Map<String, Field> fields, String source) {
		Field field = fields.get("transactional");
		if (field == null) {
			return true;
		}
		return switch (field.value().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw error("Invalid transactional value '" + field.value() + "'", source, field.line(),
					"use true or false");
		};
	}

	private static @Nullable Duration duration(Map<String, Field> fields, String name, String source) {
		Field field = fields.get(name);
		return (field != null) ? DdlTimeouts.parse(field.value(), name, field.where(source)) : null;
	}

	private static ScriptException error(String what, String source, int line, String hint) {
		return new ScriptException(what + " in " + source + " line " + line + "; " + hint);
	}

	private record Field(String value, int line) {

		String where(String source) {
			return "in " + source + " line " + this.line;
		}

	}

}
