package dev.migrate.lint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.graph.Revision;
import dev.migrate.ops.Operations;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.OperationsContext;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.Migration;
import dev.migrate.script.SqlScriptParser;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lints revisions written inline in tests, as they run with
 * {@code migrate.ddl-lock-timeout} set (so that only {@link #sqlWithoutLockTimeout}
 * reports {@code ddl-without-lock-timeout}).
 */
final class Lint {

	static final DdlTimeouts LOCK_TIMEOUT = new DdlTimeouts(Duration.ofSeconds(5), null);

	private Lint() {
	}

	static List<Finding> sql(String dialect, String upgrade) {
		return sql(dialect, "-- message: test", upgrade);
	}

	static List<Finding> sql(String dialect, String header, String upgrade) {
		return sql(linter(dialect, LOCK_TIMEOUT, null), header, upgrade);
	}

	static List<Finding> sql(Linter linter, String header, String upgrade) {
		String script = "-- revision: 1a2b3c4d5e6f\n" + header + "\n\n-- upgrade\n" + upgrade + "\n";
		return linter.lint(SqlScriptParser.parse("db/migrations/1a2b3c4d5e6f_test.sql", script));
	}

	static List<String> sqlWithoutLockTimeout(String dialect, String header, String upgrade) {
		return sql(linter(dialect, DdlTimeouts.NONE, null), header, upgrade).stream().map(Finding::code).toList();
	}

	static List<String> sqlCodes(String dialect, ServerVersion version, String upgrade) {
		return sql(linter(dialect, LOCK_TIMEOUT, version), "-- message: test", upgrade).stream()
			.map(Finding::code)
			.toList();
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
		return linter(dialect, LOCK_TIMEOUT, null).lint(new JavaMigrationScript(revision, migration.getName(), true));
	}

	static List<String> javaCodes(String dialect, Class<? extends Migration> migration) {
		return java(dialect, migration).stream().map(Finding::code).toList();
	}

	static List<String> javaCodes(String dialect, ServerVersion version, Class<? extends Migration> migration) {
		Revision revision = new Revision("abcdef012345", List.of(), List.of(), List.of(), "test", null,
				migration.getName());
		return linter(dialect, LOCK_TIMEOUT, version).lint(new JavaMigrationScript(revision, migration.getName(), true))
			.stream()
			.map(Finding::code)
			.toList();
	}

	/**
	 * The SQL of a Java migration's upgrade, as the dialect renders its operations.
	 */
	static List<String> upgradeSql(String dialect, Class<? extends Migration> migration) {
		Dialect rendering = Dialects.byName(dialect);
		List<String> statements = new ArrayList<>();
		Operations op = new Operations((operation) -> statements.addAll(rendering.render(operation)),
				new OperationsContext() {

					@Override
					public boolean isOffline() {
						return true;
					}

					@Override
					public String dialectName() {
						return dialect;
					}

					@Override
					public JdbcClient jdbc() {
						throw new IllegalStateException("No database while rendering " + migration.getName());
					}

					@Override
					public InspectedSchema inspect(@Nullable String schema) {
						throw new IllegalStateException("No database while rendering " + migration.getName());
					}

				});
		try {
			migration.getConstructor().newInstance().upgrade(op);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return statements;
	}

	static Linter linter(String dialect, DdlTimeouts timeouts, @Nullable ServerVersion version) {
		return new Linter(Dialects.byName(dialect), Lint.class.getClassLoader(), timeouts, version);
	}

}
