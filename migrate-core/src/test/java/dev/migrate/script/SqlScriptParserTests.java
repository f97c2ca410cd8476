package dev.migrate.script;

import java.time.LocalDateTime;
import java.util.List;

import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqlScriptParser}.
 */
class SqlScriptParserTests {

	private static final String SOURCE = "classpath:db/migrations/4cd99ccb2794_add_is_active.sql";

	@Test
	void parsesHeaderAndSections() {
		SqlMigrationScript script = parse("""
				-- revision: 4cd99ccb2794
				-- revises: 60815f645d4b
				-- message: Add is_active to system_config: a flag

				-- upgrade
				ALTER TABLE system_config ADD COLUMN is_active BOOLEAN;

				-- downgrade
				ALTER TABLE system_config DROP COLUMN is_active;
				""");
		assertThat(script.revision()).isEqualTo(new Revision("4cd99ccb2794", List.of("60815f645d4b"), List.of(),
				List.of(), "Add is_active to system_config: a flag", null, SOURCE));
		assertThat(script.upgrade())
			.containsExactly(new SqlStatement("ALTER TABLE system_config ADD COLUMN is_active BOOLEAN", 6));
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.downgrade())
			.containsExactly(new SqlStatement("ALTER TABLE system_config DROP COLUMN is_active", 9));
		assertThat(script.transactional()).isTrue();
	}

	@Test
	void parsesEveryHeaderField() {
		SqlMigrationScript script = parse("""
				-- Merges the two heads and builds an index without locking.
				-- Revision: ae1027a6acf
				-- revises: 27c6a30d7c24, 1975ea83b712
				-- message: merge heads
				-- created: 2026-01-15T10:30:00
				-- branch-labels: shoppingcart, billing
				-- depends-on: networking,55af2cb1c267
				-- transactional: FALSE
				-- upgrade
				CREATE INDEX CONCURRENTLY ix_a ON a (b);
				""");
		Revision revision = script.revision();
		assertThat(revision.id()).isEqualTo("ae1027a6acf");
		assertThat(revision.parents()).containsExactly("27c6a30d7c24", "1975ea83b712");
		assertThat(revision.isMerge()).isTrue();
		assertThat(revision.branchLabels()).containsExactly("shoppingcart", "billing");
		assertThat(revision.dependsOn()).containsExactly("networking", "55af2cb1c267");
		assertThat(revision.created()).isEqualTo(LocalDateTime.of(2026, 1, 15, 10, 30));
		assertThat(script.transactional()).isFalse();
	}

	@Test
	void emptyOrAbsentRevisesIsABase() {
		assertThat(parse("-- revision: a1\n-- revises:\n-- upgrade\n").revision().isBase()).isTrue();
		assertThat(parse("-- revision: a1\n-- upgrade\n").revision().isBase()).isTrue();
	}

	@Test
	void missingDowngradeSectionIsKept() {
		SqlMigrationScript script = parse("-- revision: a1\n-- upgrade\nCREATE TABLE a (id INT);\n");
		assertThat(script.hasDowngrade()).isFalse();
		assertThat(script.downgrade()).isNull();
	}

	@Test
	void emptySectionsHaveNoStatements() {
		SqlMigrationScript script = parse("-- revision: a1\n-- upgrade\n\n-- downgrade\n-- nothing to undo\n");
		assertThat(script.upgrade()).isEmpty();
		assertThat(script.hasDowngrade()).isTrue();
		assertThat(script.downgrade()).isEmpty();
	}

	@Test
	void sectionMarkersAreCaseInsensitiveAndMayOmitTheSpace() {
		SqlMigrationScript script = parse("-- revision: a1\n--UPGRADE\nSELECT 1;\n  --   Downgrade  \nSELECT 2;\n");
		assertThat(script.upgrade()).extracting(SqlStatement::sql).containsExactly("SELECT 1");
		assertThat(script.downgrade()).extracting(SqlStatement::sql).containsExactly("SELECT 2");
	}

	@Test
	void commentsInSectionsThatLookLikeFieldsAreComments() {
		SqlMigrationScript script = parse("-- revision: a1\n-- upgrade\n-- note: keeps data\nSELECT 1;\n");
		assertThat(script.upgrade()).containsExactly(new SqlStatement("SELECT 1", 4));
	}

	@Test
	void crlfAndTrailingWhitespaceAreNormalized() {
		SqlMigrationScript unix = parse("-- revision: a1\n-- upgrade\nSELECT 1;\n\n-- downgrade\nSELECT 2;\n");
		SqlMigrationScript windows = parse(
				"\uFEFF-- revision: a1 \r\n-- upgrade\r\nSELECT 1;  \r\n\r\n-- downgrade\r\nSELECT 2;");
		assertThat(windows.content()).isEqualTo(unix.content())
			.isEqualTo("-- revision: a1\n-- upgrade\nSELECT 1;\n\n-- downgrade\nSELECT 2;\n");
		assertThat(windows.upgrade()).isEqualTo(unix.upgrade());
		assertThat(windows.downgrade()).containsExactly(new SqlStatement("SELECT 2", 6));
		assertThat(windows.checksum()).isEqualTo(unix.checksum()).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void checksumChangesWithContent() {
		assertThat(parse("-- revision: a1\n-- upgrade\nSELECT 1;\n").checksum())
			.isNotEqualTo(parse("-- revision: a1\n-- upgrade\nSELECT 2;\n").checksum());
	}

	@Test
	void missingRevisionIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- message: no id\n-- upgrade\nSELECT 1;\n"))
			.withMessage("No 'revision' header field in " + SOURCE
					+ "; add a line '-- revision: <id>' at the top of the script");
	}

	@Test
	void blankRevisionIsAnError() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> parse("\n-- revision:  \n-- upgrade\n"))
			.withMessage("No revision id in " + SOURCE + " line 2; every script needs a unique id");
	}

	@Test
	void unknownHeaderFieldIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- down_revision: b2\n-- upgrade\n"))
			.withMessage("Unknown header field 'down_revision' in " + SOURCE + " line 2; known fields are "
					+ "revision, revises, message, created, branch-labels, depends-on, transactional, lock-timeout, "
					+ "statement-timeout");
	}

	@Test
	void repeatedHeaderFieldIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- message: one\n-- message: two\n-- upgrade\n"))
			.withMessage("Repeated header field 'message' in " + SOURCE + " line 3; it is already declared at line 2");
	}

	@Test
	void missingUpgradeSectionIsAnError() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> parse("-- revision: a1\n"))
			.withMessage(
					"No '-- upgrade' section in " + SOURCE + "; put a line '-- upgrade' before the upgrade statements");
	}

	@Test
	void statementInHeaderIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\nCREATE TABLE a (id INT);\n-- upgrade\n"))
			.withMessageStartingWith("Unexpected text before '-- upgrade' in " + SOURCE + " line 2; ");
	}

	@Test
	void downgradeBeforeUpgradeIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- downgrade\n-- upgrade\n"))
			.withMessage("'-- downgrade' before '-- upgrade' in " + SOURCE + " line 2; put the upgrade section first");
	}

	@Test
	void secondSectionIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- upgrade\n-- downgrade\n-- upgrade\n"))
			.withMessageStartingWith("Second '-- upgrade' in " + SOURCE + " line 4; ");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- upgrade\n-- downgrade\n-- downgrade\n"))
			.withMessageStartingWith("Second '-- downgrade' in " + SOURCE + " line 4; ");
	}

	@Test
	void badCreatedDateIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- created: 2026-01-15 10:30\n-- upgrade\n"))
			.withMessage("Invalid created date '2026-01-15 10:30' in " + SOURCE
					+ " line 2; use an ISO-8601 local date-time such as 2026-01-15T10:30:00");
	}

	@Test
	void badTransactionalIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- transactional: no\n-- upgrade\n"))
			.withMessage("Invalid transactional value 'no' in " + SOURCE + " line 2; use true or false");
	}

	@Test
	void emptyListEntryIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- revises: b2,,c3\n-- upgrade\n"))
			.withMessageStartingWith("Empty entry in 'revises' in " + SOURCE + " line 2; ");
	}

	@Test
	void unterminatedQuoteInSectionNamesScriptLineWhenTheStatementsAreRead() {
		SqlMigrationScript script = parse("-- revision: a1\n-- upgrade\nSELECT 1;\n\nINSERT INTO t VALUES ('x);\n");
		assertThat(script.revision().id()).isEqualTo("a1");
		assertThatExceptionOfType(ScriptException.class).isThrownBy(script::upgrade)
			.withMessageStartingWith("Unterminated string literal in " + SOURCE + " line 5");
	}

	@Test
	void quoteIsNotCarriedFromUpgradeIntoDowngrade() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> parse("-- revision: a1\n-- upgrade\nSELECT 'a;\n-- downgrade\nSELECT 'b';\n").upgrade())
			.withMessageStartingWith("Unterminated string literal in " + SOURCE + " line 3");
	}

	private SqlMigrationScript parse(String text) {
		return SqlScriptParser.parse(SOURCE, text);
	}

}
