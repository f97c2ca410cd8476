package dev.migrate.autogenerate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.schema.RenameHint;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;

import org.jspecify.annotations.Nullable;

/**
 * The rename hints of a schema file, and where its tables and columns are declared. A
 * {@code -- migrate:renamed-from <old name>} comment at the end of the line of a
 * {@code CREATE TABLE} gives the table's old name; at the end of the line of a column,
 * the column's. A hint anywhere else is an error, so that none is silently ignored.
 */
final class SchemaFileHints {

	/** The comment that marks a rename hint, after {@code --}. */
	static final String MARKER = "migrate:renamed-from";

	private static final Pattern HINT = Pattern.compile("--\\s*" + MARKER + "(?:\\s+(\\S+))?");

	private static final String IDENTIFIER = "(?:\"[^\"]+\"|`[^`]+`|[\\p{L}_][\\p{L}\\p{N}_$]*)";

	private static final Pattern CREATE_TABLE = Pattern.compile(
			"(?i)create\\s+(?:(?:global\\s+|local\\s+)?(?:temporary|temp)\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
					+ "((?:" + IDENTIFIER + "\\.)*" + IDENTIFIER + ")");

	private static final Pattern FIRST_IDENTIFIER = Pattern.compile("[\\s,]*(" + IDENTIFIER + ")");

	private static final Set<String> TABLE_ELEMENTS = Set.of("constraint", "primary", "unique", "foreign", "check",
			"key", "index", "exclude", "like", "period", "fulltext", "spatial");

	private final List<RenameHint> hints = new ArrayList<>();

	private final Map<String, Declaration> tables = new LinkedHashMap<>();

	private final Map<String, Declaration> columns = new LinkedHashMap<>();

	private SchemaFileHints(String sql, String location) {
		Set<Integer> hintLines = hintLines(sql);
		for (SqlStatement statement : SqlStatementSplitter.split(sql, location, 1)) {
			Matcher create = CREATE_TABLE.matcher(statement.sql());
			if (create.lookingAt()) {
				readTable(statement, unquoted(lastPart(create.group(1))), location, hintLines);
			}
		}
		if (!hintLines.isEmpty()) {
			int line = hintLines.iterator().next();
			throw new MigrateException("Line " + line + " of schema file " + location
					+ " has a rename hint that belongs to no table or column; put '-- " + MARKER
					+ " <old name>' at the end of the line of the CREATE TABLE or of the column");
		}
	}

	/**
	 * Read the hints and declarations of a schema file.
	 * @param sql the file's text
	 * @param location the file, for messages
	 * @return the hints
	 * @throws MigrateException for a hint that belongs to no table or column, or names no
	 * old name
	 */
	static SchemaFileHints of(String sql, String location) {
		return new SchemaFileHints(sql, location);
	}

	/**
	 * The renames the file declares.
	 * @return the hints, as written
	 */
	List<RenameHint> hints() {
		return List.copyOf(this.hints);
	}

	/**
	 * Where the table or column a hint renames to is declared, ignoring case.
	 * @param hint the hint
	 * @return the line, or {@code null} when the file has no such table or column
	 */
	@Nullable Declaration declarationOf(RenameHint hint) {
		return hint.isColumn() ? this.columns.get(key(hint.table() + "." + hint.to()))
				: this.tables.get(key(hint.to()));
	}

	private void readTable(SqlStatement statement, String table, String location, Set<Integer> hintLines) {
		String[] lines = statement.sql().split("\n", -1);
		int depth = 0;
		for (int i = 0; i < lines.length; i++) {
			int number = statement.line() + i;
			String code = withoutCommentAndStrings(lines[i]);
			String hint = hintIn(lines[i], number, location);
			if (i == 0) {
				this.tables.put(key(table), new Declaration(number, lines[i].strip()));
				add(hint, null, table, number, hintLines);
			}
			else if (depth == 1) {
				String column = columnOf(code);
				if (column != null) {
					this.columns.put(key(table + "." + column), new Declaration(number, lines[i].strip()));
					add(hint, table, column, number, hintLines);
				}
			}
			depth += depthChange(code);
		}
	}

	private void add(@Nullable String from, @Nullable String table, String to, int line, Set<Integer> hintLines) {
		if (from != null) {
			this.hints.add((table != null) ? RenameHint.column(table, from, to) : RenameHint.table(from, to));
			hintLines.remove(line);
		}
	}

	private static @Nullable String columnOf(String code) {
		Matcher matcher = FIRST_IDENTIFIER.matcher(code);
		if (!matcher.lookingAt()) {
			return null;
		}
		String word = matcher.group(1);
		return TABLE_ELEMENTS.contains(word.toLowerCase(Locale.ROOT)) ? null : unquoted(word);
	}

	private static @Nullable String hintIn(String line, int number, String location) {
		Matcher matcher = HINT.matcher(line);
		if (!matcher.find()) {
			return null;
		}
		if (matcher.group(1) == null) {
			throw new MigrateException("The rename hint at line " + number + " of schema file " + location
					+ " names no old name; write '-- " + MARKER + " <old name>'");
		}
		return unquoted(matcher.group(1));
	}

	private static Set<Integer> hintLines(String sql) {
		Set<Integer> lines = new TreeSet<>();
		String[] all = sql.split("\n", -1);
		for (int i = 0; i < all.length; i++) {
			if (HINT.matcher(all[i]).find()) {
				lines.add(i + 1);
			}
		}
		return lines;
	}

	private static int depthChange(String code) {
		int change = 0;
		for (char c : code.toCharArray()) {
			change += (c == '(') ? 1 : ((c == ')') ? -1 : 0);
		}
		return change;
	}

	/**
	 * The line without its {@code --} comment and with string literals emptied, so that
	 * parentheses in them are not counted.
	 */
	private static String withoutCommentAndStrings(String line) {
		StringBuilder code = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
					code.append(c);
				}
				else if (quote != '\'') {
					code.append(c);
				}
				continue;
			}
			if (c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-') {
				break;
			}
			if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			code.append(c);
		}
		return code.toString();
	}

	private static String lastPart(String qualified) {
		Matcher matcher = Pattern.compile(IDENTIFIER).matcher(qualified);
		String last = qualified;
		while (matcher.find()) {
			last = matcher.group();
		}
		return last;
	}

	private static String unquoted(String identifier) {
		boolean quoted = identifier.length() > 1 && (identifier.charAt(0) == '"' || identifier.charAt(0) == '`')
				&& identifier.charAt(identifier.length() - 1) == identifier.charAt(0);
		return quoted ? identifier.substring(1, identifier.length() - 1) : identifier;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/**
	 * A line of the schema file that declares a table or column.
	 *
	 * @param line the line number, 1-based
	 * @param text the line, without leading and trailing blanks
	 */
	record Declaration(int line, String text) {

	}

}
