package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ops.ConstraintKind;

/**
 * The changes of one SQL statement, read by matching the DDL shapes the rules need
 * ({@code CREATE TABLE}, {@code DROP TABLE}, {@code CREATE INDEX}, {@code RENAME TABLE}
 * and the actions of {@code ALTER TABLE}) in PostgreSQL, MariaDB and H2 syntax. Any other
 * statement has no changes. Comments are removed first; a comment marker inside a string
 * literal of a DDL statement is taken as a comment.
 */
final class SqlChanges {

	private static final String NAME = "(?:\"[^\"]+\"|`[^`]+`|[A-Za-z_][\\w$]*)";

	private static final String ID = "(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")*)";

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

	private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private static final Pattern CREATE_TABLE = Pattern
		.compile(
				"CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?"
						+ "(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + ID + ".*",
				FLAGS);

	private static final Pattern DROP_TABLE = Pattern.compile("DROP\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
			+ "(" + ID + "(?:\\s*,\\s*" + ID + ")*)(?:\\s+(?:CASCADE|RESTRICT))?", FLAGS);

	private static final Pattern CREATE_INDEX = Pattern.compile("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(CONCURRENTLY\\s+)?"
			+ "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + ID + "\\s+)?ON\\s+(?:ONLY\\s+)?" + ID + ".*", FLAGS);

	private static final Pattern RENAME_TABLE = Pattern.compile("RENAME\\s+TABLE\\s+" + ID + "\\s+TO\\s+" + ID, FLAGS);

	private static final Pattern ALTER_TABLE = Pattern
		.compile("ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + ID + "\\s+(.*)", FLAGS);

	private static final Pattern RENAME_TO = Pattern.compile("RENAME\\s+(?:TO|AS)\\s+" + ID, FLAGS);

	private static final Pattern RENAME_COLUMN = Pattern
		.compile("RENAME\\s+(?:COLUMN\\s+)?(?!(?:CONSTRAINT|INDEX|KEY)\\s)" + ID + "\\s+TO\\s+" + ID, FLAGS);

	private static final Pattern ADD_CONSTRAINT = Pattern.compile(
			"ADD\\s+(?:CONSTRAINT\\s+" + NAME + "\\s+)?(PRIMARY\\s+KEY|UNIQUE|FOREIGN\\s+KEY|CHECK)\\b(.*)", FLAGS);

	private static final Pattern ADD_INDEX = Pattern.compile("ADD\\s+(?:FULLTEXT\\s+|SPATIAL\\s+)?(?:INDEX|KEY)\\b.*",
			FLAGS);

	private static final Pattern ADD_COLUMN = Pattern
		.compile("ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?" + ID + "\\s+(.*)", FLAGS);

	private static final Pattern DROP_COLUMN = Pattern.compile(
			"DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(?!(?:CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK|DEFAULT)\\b)"
					+ ID + "(?:\\s+(?:CASCADE|RESTRICT))?",
			FLAGS);

	private static final Pattern ALTER_TYPE = Pattern.compile(
			"ALTER\\s+(?:COLUMN\\s+)?" + ID + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.+?)(?:\\s+(?:USING|COLLATE)\\b.*)?",
			FLAGS);

	private static final Pattern SET_NOT_NULL = Pattern
		.compile("ALTER\\s+(?:COLUMN\\s+)?" + ID + "\\s+SET\\s+NOT\\s+NULL", FLAGS);

	private static final Pattern MODIFY = Pattern
		.compile("MODIFY\\s+(?:COLUMN\\s+)?" + ID + "\\s+(\\S+?(?:\\([^)]*\\))?)(?:\\s.*)?", FLAGS);

	private static final Pattern CHANGE = Pattern
		.compile("CHANGE\\s+(?:COLUMN\\s+)?" + ID + "\\s+" + ID + "\\s+(\\S+?(?:\\([^)]*\\))?)(?:\\s.*)?", FLAGS);

	private static final Pattern USING_INDEX = Pattern.compile("\\bUSING\\s+INDEX\\b", FLAGS);

	private static final Pattern VALIDATE = Pattern.compile("VALIDATE\\s+CONSTRAINT\\s+" + ID, FLAGS);

	private static final Pattern DROP_PRIMARY_KEY = Pattern.compile("DROP\\s+PRIMARY\\s+KEY", FLAGS);

	private static final Pattern STORED = Pattern.compile("\\b(?:STORED|PERSISTENT)\\b", FLAGS);

	private static final Pattern UPDATE = Pattern
		.compile("UPDATE\\s+(?:LOW_PRIORITY\\s+|IGNORE\\s+|ONLY\\s+)*" + ID + "\\s+SET\\s+(.*)", FLAGS);

	private static final Pattern DELETE = Pattern.compile("DELETE\\s+FROM\\s+(?:ONLY\\s+)?" + ID + "(.*)", FLAGS);

	private static final Pattern BATCH_LIMIT = Pattern.compile("\\b(?:WHERE|LIMIT)\\b", FLAGS);

	private static final Pattern SET = Pattern
		.compile("SET\\s+(?:SESSION\\s+|LOCAL\\s+)?@{0,2}(?:SESSION\\.)?([A-Za-z_]+)\\s*(?:=|\\bTO\\b)\\s*(.+)", FLAGS);

	private static final Pattern NOT_NULL = Pattern.compile("\\b(?:NOT\\s+NULL|PRIMARY\\s+KEY)\\b", FLAGS);

	private static final Pattern NOT_VALID = Pattern.compile("\\bNOT\\s+VALID\\b", FLAGS);

	private static final Pattern GENERATED = Pattern
		.compile("^(?:BIG|SMALL)?SERIAL\\d?\\b|\\b(?:GENERATED|AUTO_INCREMENT|IDENTITY)\\b", FLAGS);

	private static final Pattern DEFAULT = Pattern
		.compile("\\bDEFAULT\\s+(.+?)(?=\\s+(?:NOT\\s+NULL|NULL|CONSTRAINT|CHECK"
				+ "|REFERENCES|UNIQUE|PRIMARY\\s+KEY|GENERATED|COLLATE|COMMENT|FIRST|AFTER)\\b|$)", FLAGS);

	private SqlChanges() {
	}

	/**
	 * Read the changes of a statement.
	 * @param sql the statement, without its terminating semicolon
	 * @return the changes, none for a statement of another shape
	 */
	static List<Change> of(String sql) {
		String statement = COMMENTS.matcher(sql).replaceAll(" ").strip().replaceAll("\\s+", " ");
		Matcher matcher = CREATE_TABLE.matcher(statement);
		if (matcher.matches()) {
			return List.of(new Change.CreatedTable(matcher.group(1)));
		}
		matcher = DROP_TABLE.matcher(statement);
		if (matcher.matches()) {
			return splitTopLevel(matcher.group(1)).stream().<Change>map(Change.DroppedTable::new).toList();
		}
		matcher = CREATE_INDEX.matcher(statement);
		if (matcher.matches()) {
			return List.of(new Change.CreatedIndex(matcher.group(3), matcher.group(2), matcher.group(1) != null));
		}
		matcher = RENAME_TABLE.matcher(statement);
		if (matcher.matches()) {
			return List.of(new Change.RenamedTable(matcher.group(1), matcher.group(2)));
		}
		matcher = UPDATE.matcher(statement);
		if (matcher.matches()) {
			return List.of(new Change.ChangedRows(matcher.group(1), BATCH_LIMIT.matcher(matcher.group(2)).find()));
		}
		matcher = DELETE.matcher(statement);
		if (matcher.matches()) {
			return List.of(new Change.ChangedRows(matcher.group(1), BATCH_LIMIT.matcher(matcher.group(2)).find()));
		}
		matcher = SET.matcher(statement);
		if (matcher.matches()) {
			return List
				.of(new Change.SessionSetting(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2).strip()));
		}
		matcher = ALTER_TABLE.matcher(statement);
		if (matcher.matches()) {
			String table = matcher.group(1);
			List<Change> changes = new ArrayList<>();
			for (String action : splitTopLevel(matcher.group(2))) {
				changes.addAll(action(table, action));
			}
			return changes;
		}
		return List.of();
	}

	private static List<Change> action(String table, String action) {
		Matcher matcher = RENAME_TO.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.RenamedTable(table, matcher.group(1)));
		}
		matcher = RENAME_COLUMN.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.RenamedColumn(table, matcher.group(1), matcher.group(2)));
		}
		matcher = ADD_CONSTRAINT.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.AddedConstraint(table, constraintKind(matcher.group(1)),
					NOT_VALID.matcher(matcher.group(2)).find(), USING_INDEX.matcher(matcher.group(2)).find()));
		}
		matcher = VALIDATE.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.ValidatedConstraint(table, matcher.group(1)));
		}
		if (DROP_PRIMARY_KEY.matcher(action).matches()) {
			return List.of(new Change.DroppedPrimaryKey(table));
		}
		if (ADD_INDEX.matcher(action).matches()) {
			return List.of(new Change.CreatedIndex(table, null, false));
		}
		matcher = ADD_COLUMN.matcher(action);
		if (matcher.matches()) {
			String definition = matcher.group(2);
			Matcher defaultValue = DEFAULT.matcher(definition);
			return List.of(new Change.AddedColumn(table, matcher.group(1), NOT_NULL.matcher(definition).find(),
					defaultValue.find() ? defaultValue.group(1) : null, GENERATED.matcher(definition).find(),
					STORED.matcher(definition).find()));
		}
		matcher = DROP_COLUMN.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.DroppedColumn(table, matcher.group(1)));
		}
		matcher = ALTER_TYPE.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.ChangedType(table, matcher.group(1), null, null, matcher.group(2)));
		}
		matcher = SET_NOT_NULL.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.SetNotNull(table, matcher.group(1)));
		}
		matcher = MODIFY.matcher(action);
		if (matcher.matches()) {
			return List.of(new Change.ChangedType(table, matcher.group(1), null, null, matcher.group(2)));
		}
		matcher = CHANGE.matcher(action);
		if (matcher.matches()) {
			List<Change> changes = new ArrayList<>();
			if (!matcher.group(1).equalsIgnoreCase(matcher.group(2))) {
				changes.add(new Change.RenamedColumn(table, matcher.group(1), matcher.group(2)));
			}
			changes.add(new Change.ChangedType(table, matcher.group(2), null, null, matcher.group(3)));
			return changes;
		}
		return List.of();
	}

	private static ConstraintKind constraintKind(String keyword) {
		return switch (keyword.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")) {
			case "PRIMARY KEY" -> ConstraintKind.PRIMARY_KEY;
			case "UNIQUE" -> ConstraintKind.UNIQUE;
			case "FOREIGN KEY" -> ConstraintKind.FOREIGN_KEY;
			default -> ConstraintKind.CHECK;
		};
	}

	/**
	 * Split at the commas outside parentheses and quotes.
	 */
	private static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		char quote = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				parts.add(text.substring(start, i).strip());
				start = i + 1;
			}
		}
		parts.add(text.substring(start).strip());
		return parts;
	}

}
