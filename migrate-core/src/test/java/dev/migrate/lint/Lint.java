package dev.migrate.lint;

import java.util.List;

import dev.migrate.dialect.Dialects;
import dev.migrate.graph.Revision;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.Migration;
import dev.migrate.script.SqlScriptParser;

/**
 * Lints revisions written inline in tests.
 */
final class Lint {

	private Lint() {
	}

	static List<Finding> sql(String dialect, String upgrade) {
		return sql(dialect, "-- message: test", upgrade);
	}

	static List<Finding> sql(String dialect, String header, String upgrade) {
		String script = "-- revision: 1a2b3c4d5e6f\n" + header + "\n\n-- upgrade\n" + upgrade + "\n";
		return linter(dialect).lint(SqlScriptParser.parse("db/migrations/1a2b3c4d5e6f_test.sql", script));
	}

	static List<String> sqlCodes(String dialect, String upgrade) {
		return sql(dialect, upgrade).stream().map(Finding::code).toList();
	}

	static List<String> nonTransactionalSqlCodes(String dialect, String upgrade) {
		return sql(dialect, "-- transactional: false", upgrade).stream().map(Finding::code).toList();
	}

	static List<Finding> java(String dialect, Class<? extends Migration> migration) {
		Revision revision = new Revision("abcdef012345", List.of(), List.of(), List.of(), "test", null,
				migration.getName());
		return linter(dialect).lint(new JavaMigrationScript(revision, migration.getName(), true));
	}

	static List<String> javaCodes(String dialect, Class<? extends Migration> migration) {
		return java(dialect, migration).stream().map(Finding::code).toList();
	}

	private static Linter linter(String dialect) {
		return new Linter(Dialects.byName(dialect), Lint.class.getClassLoader());
	}

}
