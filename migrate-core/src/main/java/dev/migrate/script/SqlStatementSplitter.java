package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits SQL text into statements on top-level semicolons.
 * <p>
 * A semicolon does not end a statement inside a single-quoted string ({@code ''} escapes
 * a quote; after an {@code E} prefix, as in PostgreSQL's {@code E'it\'s'}, a backslash
 * escapes too), a double-quoted or backquoted identifier, a {@code --} line comment, a
 * <code>/* *&#47;</code> block comment (not nested) or a PostgreSQL dollar-quoted body
 * ({@code $$ … $$}, {@code $tag$ … $tag$}). Comments and whitespace before a statement
 * are dropped, so each statement starts on the line of its first word; a part holding
 * only comments is no statement. The last statement needs no semicolon. Backslash escapes
 * in plain strings (MySQL's default) and client commands such as {@code DELIMITER} are
 * not understood: write {@code ''} for a quote.
 */
public final class SqlStatementSplitter {

	private final String sql;

	private final String source;

	private int index;

	private int line;

	private SqlStatementSplitter(String sql, String source, int firstLine) {
		this.sql = sql;
		this.source = source;
		this.line = firstLine;
	}

	/**
	 * Split SQL text into statements.
	 * @param sql the text
	 * @param source the script the text comes from, for error messages
	 * @param firstLine the line of the script where the text starts (1-based)
	 * @return the statements, in order
	 * @throws ScriptException if a quote, comment or dollar-quoted body is not closed
	 */
	public static List<SqlStatement> split(String sql, String source, int firstLine) {
		return new SqlStatementSplitter(sql, source, firstLine).split();
	}

	private List<SqlStatement> split() {
		List<SqlStatement> statements = new ArrayList<>();
		int start = -1;
		int startLine = 0;
		while (this.index < this.sql.length()) {
			char ch = this.sql.charAt(this.index);
			if (ch == ';') {
				if (start >= 0) {
					statements.add(new SqlStatement(this.sql.substring(start, this.index).strip(), startLine));
					start = -1;
				}
				this.index++;
			}
			else if (Character.isWhitespace(ch)) {
				advance(this.index + 1);
			}
			else if (startsWith("--")) {
				skipLineComment();
			}
			else if (startsWith("/*")) {
				skipPast("*/", "block comment");
			}
			else {
				if (start < 0) {
					start = this.index;
					startLine = this.line;
				}
				skipToken(ch);
			}
		}
		if (start >= 0) {
			statements.add(new SqlStatement(this.sql.substring(start).strip(), startLine));
		}
		return statements;
	}

	private void skipToken(char ch) {
		switch (ch) {
			case '\'' -> skipQuoted('\'', isEscapeStringPrefix(), "string literal");
			case '"' -> skipQuoted('"', false, "double-quoted identifier");
			case '`' -> skipQuoted('`', false, "backquoted identifier");
			case '$' -> skipDollarQuotedOrChar();
			default -> this.index++;
		}
	}

	private boolean isEscapeStringPrefix() {
		int prefix = this.index - 1;
		return prefix >= 0 && Character.toUpperCase(this.sql.charAt(prefix)) == 'E'
				&& (prefix == 0 || !isIdentifierPart(this.sql.charAt(prefix - 1)));
	}

	private void skipQuoted(char quote, boolean backslashEscapes, String what) {
		int startLine = this.line;
		int i = this.index + 1;
		while (i < this.sql.length()) {
			char ch = this.sql.charAt(i);
			if (backslashEscapes && ch == '\\') {
				i += 2;
			}
			else if (ch == quote && i + 1 < this.sql.length() && this.sql.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (ch == quote) {
				advance(i + 1);
				return;
			}
			else {
				i++;
			}
		}
		throw unterminated(what, startLine);
	}

	private void skipDollarQuotedOrChar() {
		String tag = dollarQuoteTag();
		if (tag == null) {
			this.index++;
			return;
		}
		int startLine = this.line;
		int end = this.sql.indexOf(tag, this.index + tag.length());
		if (end < 0) {
			throw unterminated("dollar-quoted body " + tag, startLine);
		}
		advance(end + tag.length());
	}

	private @Nullable String dollarQuoteTag() {
		if (this.index > 0 && isIdentifierPart(this.sql.charAt(this.index - 1))) {
			return null;
		}
		int i = this.index + 1;
		if (i < this.sql.length() && Character.isDigit(this.sql.charAt(i))) {
			return null;
		}
		while (i < this.sql.length() && isTagPart(this.sql.charAt(i))) {
			i++;
		}
		return (i < this.sql.length() && this.sql.charAt(i) == '$') ? this.sql.substring(this.index, i + 1) : null;
	}

	private void skipLineComment() {
		int end = this.sql.indexOf('\n', this.index);
		advance((end < 0) ? this.sql.length() : end);
	}

	private void skipPast(String terminator, String what) {
		int startLine = this.line;
		int end = this.sql.indexOf(terminator, this.index + 2);
		if (end < 0) {
			throw unterminated(what, startLine);
		}
		advance(end + terminator.length());
	}

	private boolean startsWith(String prefix) {
		return this.sql.startsWith(prefix, this.index);
	}

	private void advance(int to) {
		for (int i = this.index; i < to; i++) {
			if (this.sql.charAt(i) == '\n') {
				this.line++;
			}
		}
		this.index = to;
	}

	private ScriptException unterminated(String what, int startLine) {
		return new ScriptException("Unterminated " + what + " in " + this.source + " line " + startLine
				+ "; it is not closed before the end of the section");
	}

	private static boolean isTagPart(char ch) {
		return Character.isLetterOrDigit(ch) || ch == '_';
	}

	private static boolean isIdentifierPart(char ch) {
		return isTagPart(ch) || ch == '$';
	}

}
