package dev.migrate.script;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqlStatementSplitter}.
 */
class SqlStatementSplitterTests {

	@Test
	void splitsOnSemicolonsAndKeepsStartLines() {
		assertThat(split("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n\nDROP TABLE c;")).containsExactly(
				new SqlStatement("CREATE TABLE a (id INT)", 1), new SqlStatement("CREATE TABLE b (id INT)", 2),
				new SqlStatement("DROP TABLE c", 4));
	}

	@Test
	void startLineIsOffsetByFirstLine() {
		assertThat(SqlStatementSplitter.split("\nSELECT 1;\nSELECT 2;", "test.sql", 7)).extracting(SqlStatement::line)
			.containsExactly(8, 9);
	}

	@Test
	void statementSpanningLinesStartsAtItsFirstWord() {
		assertThat(split("\n\n  INSERT INTO t\n  VALUES (1);\n"))
			.containsExactly(new SqlStatement("INSERT INTO t\n  VALUES (1)", 3));
	}

	@Test
	void trailingStatementNeedsNoSemicolon() {
		assertThat(split("SELECT 1;\nSELECT 2\n")).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void emptyStatementsAreDropped() {
		assertThat(split(";;  ;\nSELECT 1;;\n;")).containsExactly(new SqlStatement("SELECT 1", 2));
	}

	@Test
	void emptyTextHasNoStatements() {
		assertThat(split("")).isEmpty();
		assertThat(split("  \n\n")).isEmpty();
	}

	@Test
	void semicolonInSingleQuotedStringDoesNotSplit() {
		assertThat(split("INSERT INTO t VALUES ('a;b');SELECT 1")).extracting(SqlStatement::sql)
			.containsExactly("INSERT INTO t VALUES ('a;b')", "SELECT 1");
	}

	@Test
	void doubledQuoteEscapesInString() {
		assertThat(split("INSERT INTO t VALUES ('it''s; fine');\nSELECT ''';';")).extracting(SqlStatement::sql)
			.containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT ''';'");
	}

	@Test
	void backslashEscapesOnlyInEscapeStrings() {
		assertThat(split("SELECT E'it\\'s; fine';\nSELECT 'C:\\';SELECT 2")).extracting(SqlStatement::sql)
			.containsExactly("SELECT E'it\\'s; fine'", "SELECT 'C:\\'", "SELECT 2");
	}

	@Test
	void identifierEndingInEIsNoEscapePrefix() {
		assertThat(split("SELECT name'\\';SELECT 2")).extracting(SqlStatement::sql)
			.containsExactly("SELECT name'\\'", "SELECT 2");
	}

	@Test
	void semicolonInQuotedIdentifiersDoesNotSplit() {
		assertThat(split("CREATE TABLE \"a;\"\"b\" (x INT);SELECT `c;``d` FROM t")).extracting(SqlStatement::sql)
			.containsExactly("CREATE TABLE \"a;\"\"b\" (x INT)", "SELECT `c;``d` FROM t");
	}

	@Test
	void semicolonInLineCommentDoesNotSplit() {
		assertThat(split("SELECT 1 -- one; two\n, 2;\nSELECT 3;")).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1 -- one; two\n, 2", "SELECT 3");
	}

	@Test
	void semicolonInBlockCommentDoesNotSplit() {
		assertThat(split("SELECT /* a; b\n c; */ 1;\nSELECT 2;"))
			.containsExactly(new SqlStatement("SELECT /* a; b\n c; */ 1", 1), new SqlStatement("SELECT 2", 3));
	}

	@Test
	void leadingCommentsAreDroppedAndCommentOnlyPartsAreNoStatements() {
		assertThat(split("-- create it\n/* first;\n table */\nCREATE TABLE a (id INT); -- done;\n-- the end"))
			.containsExactly(new SqlStatement("CREATE TABLE a (id INT)", 4));
	}

	@Test
	void dollarQuotedBodyIsOneStatement() {
		String function = """
				CREATE FUNCTION f() RETURNS trigger AS $$
				BEGIN
				  NEW.updated := now(); -- ';' and 'quotes'
				  RETURN NEW;
				END;
				$$ LANGUAGE plpgsql;
				CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();
				""";
		List<SqlStatement> statements = split(function);
		assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 7);
		assertThat(statements.get(0).sql()).startsWith("CREATE FUNCTION").endsWith("$$ LANGUAGE plpgsql");
	}

	@Test
	void taggedDollarQuoteEndsOnlyAtItsOwnTag() {
		String sql = "DO $body$ BEGIN EXECUTE $q$SELECT 1; $$ ;$q$; END $body$;\nSELECT 2;";
		assertThat(split(sql)).extracting(SqlStatement::sql)
			.containsExactly("DO $body$ BEGIN EXECUTE $q$SELECT 1; $$ ;$q$; END $body$", "SELECT 2");
	}

	@Test
	void positionalParametersAndDollarsInIdentifiersAreNoDollarQuotes() {
		assertThat(split("PREPARE p AS SELECT $1, a$b$c FROM t$x;\nSELECT 2;")).extracting(SqlStatement::sql)
			.containsExactly("PREPARE p AS SELECT $1, a$b$c FROM t$x", "SELECT 2");
	}

	@Test
	void crlfLineEndingsCountLines() {
		assertThat(split("SELECT 1;\r\n\r\nSELECT\r\n 2;\r\n")).containsExactly(new SqlStatement("SELECT 1", 1),
				new SqlStatement("SELECT\r\n 2", 3));
	}

	@Test
	void unterminatedStringNamesSourceAndStartLine() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> split("SELECT 1;\nSELECT 'oops;\nSELECT 2;"))
			.withMessage(
					"Unterminated string literal in test.sql line 2; it is not closed before the end of the section");
	}

	@Test
	void unterminatedQuotedIdentifierIsAnError() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> split("\n\nSELECT \"a"))
			.withMessageStartingWith("Unterminated double-quoted identifier in test.sql line 3");
	}

	@Test
	void unterminatedBlockCommentIsAnError() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> split("SELECT 1;\n/* note\n\n"))
			.withMessageStartingWith("Unterminated block comment in test.sql line 2");
	}

	@Test
	void unterminatedDollarQuoteNamesItsTag() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> split("SELECT 1;\n\nDO $fn$ BEGIN END $$;"))
			.withMessageStartingWith("Unterminated dollar-quoted body $fn$ in test.sql line 3");
	}

	@Test
	void quoteInsideLineCommentIsIgnored() {
		assertThat(split("-- don't\nSELECT 1;")).containsExactly(new SqlStatement("SELECT 1", 2));
	}

	private List<SqlStatement> split(String sql) {
		return SqlStatementSplitter.split(sql, "test.sql", 1);
	}

}
