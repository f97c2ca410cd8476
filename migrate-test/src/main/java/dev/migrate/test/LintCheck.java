package dev.migrate.test;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Assertions;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Severity;
import dev.migrate.lint.SuppressionAdvice;
import dev.migrate.runtime.Migrator;

/**
 * {@link MigrationCheck#LINT}: the lint of every revision, in run order, for one dialect
 * has no finding at or above the threshold that its revision does not suppress.
 */
final class LintCheck {

	private LintCheck() {
	}

	static void run(Migrations migrations, Dialect dialect) {
		Migrator migrator = migrations.offline(dialect);
		List<Revision> revisions = Migrations.runOrder(migrator)
			.stream()
			.map((step) -> Objects.requireNonNull(step.revision(), "an upgrade step has a revision"))
			.toList();
		Severity threshold = migrations.settings().lintFailOn();
		List<String> failing = migrator.lint(revisions)
			.stream()
			.filter((finding) -> !finding.isSuppressed() && finding.severity().isAtLeast(threshold))
			.map(Finding::toLine)
			.toList();
		if (!failing.isEmpty()) {
			Assertions.fail("'db lint base:heads' has " + failing.size() + " finding(s) at or above " + threshold
					+ " for " + dialect.name() + ":\n  " + String.join("\n  ", failing) + "\nFix them, "
					+ SuppressionAdvice.TEXT + ", or raise @MigrationTest(lintFailOn = ...)");
		}
	}

}
