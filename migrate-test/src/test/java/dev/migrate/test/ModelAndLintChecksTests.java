package dev.migrate.test;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.migrate.lint.Severity;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * The model check and the lint check on fixture test classes.
 */
class ModelAndLintChecksTests {

	private static @Nullable DataSource postgres;

	@Test
	void modelThatMatchesTheRevisionsPassesOnH2() {
		run(GoodModel.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	@Test
	void modelThatMatchesTheRevisionsPassesOnPostgres() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			postgres = database.dataSource();
			run(GoodModelOnPostgres.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
		}
		finally {
			postgres = null;
		}
	}

	@Test
	void modelDriftFailsListingEachChangeAsDbCheckDoes() {
		Events tests = run(DriftedModel.class);
		tests.assertStatistics((stats) -> stats.started(1).failed(1));
		tests.failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("model matches the migrated schema"),
					finishedWithFailure(message("After 'db upgrade heads' the schema differs from the model. The schema"
							+ " file classpath:model/brokenapp.sql has changes that no revision applied to the database captures:\n"
							+ "  add table AUDIT (ID, ACCOUNT_ID)\n"
							+ "  add column ACCOUNT.PHONE CHARACTER VARYING(40)\n"
							+ "  alter column ACCOUNT.EMAIL: type CHARACTER VARYING(200) -> CHARACTER VARYING(300)\n"
							+ "Run 'db migrate -m \"<message>\"' to write a revision for them."))));
	}

	@Test
	void noModelAbortsTheModelCheckSayingHowToGiveOne() {
		Events tests = run(NoModel.class);
		tests.assertStatistics((stats) -> stats.started(1).aborted(1));
		tests.aborted()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("model matches the migrated schema"), abortedWithReason(message((text) -> text
						.startsWith("Assumption failed: No model to compare: schema file classpath:db/schema.sql"
								+ " does not exist and no model is configured;")
							&& text.contains("set @MigrationTest(schemaFile = ...)")))));
	}

	@Test
	void lintPassesWhenTheErrorIsSuppressedAndTheRestIsBelowTheThreshold() {
		// drop-column (ERROR) is suppressed in the revision, rename-column is a WARNING
		run(LintAtErrors.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	@Test
	void lintFailsAtALowerThresholdListingEachFinding() {
		Events tests = run(LintAtWarnings.class);
		tests.failed()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("h2"), finishedWithFailure(message((text) -> text
						.startsWith("'db lint base:heads' has 1 finding(s) at or above WARNING for h2:\n"
								+ "  rename-column WARNING b2000000000b"
								+ " classpath:db/lintfindings/b2000000000b_drop_note_rename_email.sql:8"
								+ " rename column account.email to email_address: ")
							&& text.contains("; instead: expand and contract")
							&& text.endsWith("\nFix them, suppress one with '-- migrate:lint-ignore CODE reason'"
									+ " (SQL) or @Revision(lintIgnore = \"CODE reason\") (Java), or raise"
									+ " @MigrationTest(lintFailOn = ...)")
							&& !text.contains("drop-column")))));
	}

	private static Events run(Class<?> fixture) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
	}

	@MigrationTest(locations = "classpath:db/good", schemaFile = "classpath:model/good.sql",
			checks = MigrationCheck.MODEL)
	static class GoodModel implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", schemaFile = "classpath:model/good.sql",
			checks = MigrationCheck.MODEL)
	static class GoodModelOnPostgres implements MigrationChecks {

		@MigrationDataSource
		@Nullable DataSource dataSource = postgres;

	}

	@MigrationTest(locations = "classpath:db/brokenapp", schemaFile = "classpath:model/brokenapp.sql",
			checks = MigrationCheck.MODEL)
	static class DriftedModel implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", checks = MigrationCheck.MODEL)
	static class NoModel implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/lintfindings", checks = MigrationCheck.LINT)
	static class LintAtErrors implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/lintfindings", checks = MigrationCheck.LINT, lintFailOn = Severity.WARNING)
	static class LintAtWarnings implements MigrationChecks {

	}

}
