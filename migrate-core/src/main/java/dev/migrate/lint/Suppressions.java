package dev.migrate.lint;

import java.util.List;
import java.util.Optional;

import dev.migrate.MigrateException;
import dev.migrate.script.LintIgnore;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.SqlMigrationScript;
import dev.migrate.script.SqlStatement;

import org.jspecify.annotations.Nullable;

/**
 * The lint suppressions of one script, matched to its findings: one for the whole
 * revision covers every finding of its code; one written before a statement covers the
 * findings of the next statement.
 */
final class Suppressions {

	private final List<LintIgnore> ignores;

	private final List<SqlStatement> statements;

	private Suppressions(List<LintIgnore> ignores, List<SqlStatement> statements) {
		this.ignores = ignores;
		this.statements = statements;
	}

	static Suppressions of(MigrationScript script) {
		List<String> codes = LintRules.codes().stream().map(LintCode::code).toList();
		for (LintIgnore ignore : script.lintIgnores()) {
			if (!codes.contains(ignore.code())) {
				String where = (ignore.line() != null) ? script.revision().source() + ":" + ignore.line()
						: script.revision().source();
				throw new MigrateException("Unknown lint code '" + ignore.code() + "' suppressed in revision "
						+ script.revision().id() + " (" + where + "); the codes are " + String.join(", ", codes));
			}
		}
		List<SqlStatement> statements = (script instanceof SqlMigrationScript sql) ? sql.upgrade() : List.of();
		return new Suppressions(script.lintIgnores(), statements);
	}

	Finding apply(Finding finding) {
		return this.ignores.stream()
			.filter((ignore) -> ignore.code().equals(finding.code()) && covers(ignore, finding.line()))
			.findFirst()
			.map((ignore) -> finding.suppressed(ignore.reason()))
			.orElse(finding);
	}

	private boolean covers(LintIgnore ignore, @Nullable Integer findingLine) {
		if (ignore.isWholeRevision()) {
			return true;
		}
		return findingLine != null && nextStatementLine(ignore.line()).filter(findingLine::equals).isPresent();
	}

	private Optional<Integer> nextStatementLine(int line) {
		return this.statements.stream().map(SqlStatement::line).filter((start) -> start > line).findFirst();
	}

}
