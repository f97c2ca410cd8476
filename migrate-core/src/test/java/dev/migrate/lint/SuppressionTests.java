package dev.migrate.lint;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.SqlScriptParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A revision suppresses a finding with a reason, which the finding keeps.
 */
class SuppressionTests {

	@Test
	void headerSuppressionCoversTheWholeRevision() {
		List<Finding> suppressed = lintScript("""
				-- revision: 1a2b3c4d5e6f
				-- migrate:lint-ignore drop-table both tables were archived in release 41

				-- upgrade
				DROP TABLE a;
				DROP TABLE b;
				ALTER TABLE c DROP COLUMN d;
				""");
		assertThat(suppressed).extracting(Finding::code, Finding::suppressedBecause)
			.containsExactly(tuple("drop-table", "both tables were archived in release 41"),
					tuple("drop-table", "both tables were archived in release 41"), tuple("drop-column", null));
	}

	@Test
	void suppressionBeforeAStatementCoversThatStatementOnly() {
		List<Finding> findings = lintScript("""
				-- revision: 1a2b3c4d5e6f

				-- upgrade
				-- migrate:lint-ignore pg-index-not-concurrent the table has a dozen rows
				CREATE INDEX ix_plan_name ON plan (name);
				CREATE INDEX ix_account_email ON account (email);
				""");
		assertThat(findings).extracting(Finding::location, Finding::suppressedBecause)
			.containsExactly(tuple("test.sql:5", "the table has a dozen rows"), tuple("test.sql:6", null));
	}

	@Test
	void suppressionOfAnotherCodeSuppressesNothing() {
		List<Finding> findings = lintScript("""
				-- revision: 1a2b3c4d5e6f
				-- migrate:lint-ignore drop-column nothing to see

				-- upgrade
				DROP TABLE a;
				""");
		assertThat(findings).singleElement().satisfies((finding) -> assertThat(finding.isSuppressed()).isFalse());
	}

	@Test
	void suppressionWithoutAReasonIsRefusedNamingTheLine() {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> lintScript("""
				-- revision: 1a2b3c4d5e6f

				-- upgrade
				-- migrate:lint-ignore drop-table
				DROP TABLE a;
				"""))
			.withMessageContaining("'drop-table'")
			.withMessageContaining("at line 4 of test.sql")
			.withMessageContaining("needs a code and a reason");
	}

	@Test
	void suppressionOfAnUnknownCodeIsRefusedListingTheCodes() {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> lintScript("""
				-- revision: 1a2b3c4d5e6f
				-- migrate:lint-ignore drop-everything because

				-- upgrade
				DROP TABLE a;
				"""))
			.withMessageContaining("Unknown lint code 'drop-everything'")
			.withMessageContaining("1a2b3c4d5e6f (test.sql)")
			.withMessageContaining("drop-table, drop-column");
	}

	@Test
	void javaRevisionSuppressesThroughItsAnnotation() {
		List<MigrationScript> scripts = new ScriptLoader().load(List.of("classpath:dev/migrate/lint/suppressed"));
		List<Finding> findings = Lint.linter("postgresql", Lint.LOCK_TIMEOUT, null).lint(scripts.get(0));
		assertThat(findings).extracting(Finding::code, Finding::suppressedBecause)
			.containsExactly(tuple("drop-table", "the legacy tables were emptied and archived in release 41"),
					tuple("drop-column", null));
	}

	private static List<Finding> lintScript(String script) {
		return Lint.linter("postgresql", Lint.LOCK_TIMEOUT, null).lint(SqlScriptParser.parse("test.sql", script));
	}

}
