package dev.migrate.autoconfigure;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.MigrateException;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Severity;
import dev.migrate.lint.SuppressionAdvice;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.Migrator;

/**
 * Lints the revisions an upgrade is about to run ({@code migrate.lint}): a
 * {@link MigrationListener} of the {@link Migrator} bean, so it sees the plan of the
 * upgrade itself, up to {@code migrate.target}, without reading the version rows again,
 * whichever {@link MigrateStartupStrategy} runs the upgrade. Each finding is logged once:
 * when its revision is applied, it is pending no more.
 *
 * @since 0.1.0
 */
public final class StartupLint implements MigrationListener {

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
	 * Lint the revisions the upgrade is about to run.
	 * @param plan the steps about to run
	 * @param lint the findings of their revisions
	 * @throws MigrateException in {@link Mode#FAIL} when a finding that is not suppressed
	 * is an error
	 */
	@Override
	public void beforeUpgrade(MigrationPlan plan, Supplier<List<Finding>> lint) {
		if (this.mode == Mode.OFF) {
			return;
		}
		List<Finding> findings = lint.get();
		findings.stream()
			.filter((finding) -> !finding.isSuppressed())
			.forEach((finding) -> logger.warn("Lint: " + finding.toLine()));
		List<Finding> errors = findings.stream()
			.filter((finding) -> !finding.isSuppressed() && finding.severity() == Severity.ERROR)
			.toList();
		if (this.mode == Mode.FAIL && !errors.isEmpty()) {
			throw new MigrateException(
					"Lint errors in the revisions to upgrade to, so none was applied (migrate.lint=fail):\n"
							+ errors.stream().map(Finding::toLine).collect(Collectors.joining("\n")) + "\nFix them, "
							+ SuppressionAdvice.TEXT + ", or set migrate.lint=warn; "
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
