package dev.migrate.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.MigrateException;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Severity;
import dev.migrate.runtime.Migrator;

/**
 * Lints the pending revisions before the {@link MigrationRunner} runs them
 * ({@code migrate.lint}). Each finding is logged once: when its revision is applied, it
 * is pending no more.
 *
 * @since 0.1.0
 */
public final class StartupLint {

	private static final Log logger = LogFactory.getLog(StartupLint.class);

	private final Mode mode;

	/**
	 * Create a new {@link StartupLint} instance.
	 * @param mode what to do with the findings
	 */
	public StartupLint(Mode mode) {
		this.mode = mode;
	}

	/**
	 * Lint the pending revisions.
	 * @param migrator the migrator
	 * @throws MigrateException in {@link Mode#FAIL} when a finding that is not suppressed
	 * is an error
	 */
	public void check(Migrator migrator) {
		if (this.mode == Mode.OFF) {
			return;
		}
		List<Finding> findings = migrator.lint(migrator.pendingRevisions());
		findings.stream()
			.filter((finding) -> !finding.isSuppressed())
			.forEach((finding) -> logger.warn("Lint: " + finding.toLine()));
		List<Finding> errors = findings.stream()
			.filter((finding) -> !finding.isSuppressed() && finding.severity() == Severity.ERROR)
			.toList();
		if (this.mode == Mode.FAIL && !errors.isEmpty()) {
			throw new MigrateException(
					"Lint errors in the pending revisions, so none was applied (migrate.lint=fail):\n"
							+ errors.stream().map(Finding::toLine).collect(Collectors.joining("\n"))
							+ "\nFix them, suppress one with '-- migrate:lint-ignore CODE reason' (SQL) or "
							+ "@Revision(lintIgnore = \"CODE reason\") (Java), or set migrate.lint=warn; "
							+ "run 'db lint' to see every finding");
		}
	}

	/**
	 * What to do with the findings of the pending revisions at startup.
	 */
	public enum Mode {

		/** Do not lint. */
		OFF,

		/** Log each finding as a warning, then migrate. */
		WARN,

		/** Log each finding, and fail startup without migrating on an error. */
		FAIL

	}

}
