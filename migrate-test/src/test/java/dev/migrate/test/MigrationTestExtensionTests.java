package dev.migrate.test;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * Runs the checks on fixture test classes and asserts on what a user sees.
 */
class MigrationTestExtensionTests {

	private static @Nullable DataSource postgres;

	@Test
	void goodRevisionsPassEveryCheckOnH2() {
		Events tests = run(GoodOnH2.class);
		// heads, downgrades, upgrade, model, five stairway steps, offline SQL and lint
		// for h2
		tests.assertStatistics((stats) -> stats.started(11).succeeded(11));
		assertThat(tests.started().stream().map((event) -> event.getTestDescriptor().getDisplayName())).contains(
				"revision a1000000000a (db.good.CreateAccount)",
				"revision e5000000000e (classpath:db/good/e5000000000e_merge.sql)");
	}

	@Test
	void goodRevisionsPassEveryCheckOnOneSharedPostgresDatabase() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			postgres = database.dataSource();
			Events tests = run(GoodOnPostgres.class);
			tests.assertStatistics((stats) -> stats.started(11).succeeded(11));
			assertThat(new JdbcTemplate(database.dataSource()).queryForList("select version_num from migrate_version",
					String.class))
				.containsExactly("e5000000000e");
		}
		finally {
			postgres = null;
		}
	}

	@Test
	void downgradeThatLeavesAColumnFailsTheStairwayAtThatRevision() {
		Events tests = run(BrokenDowngrade.class);
		tests.assertStatistics((stats) -> stats.failed(1).aborted(1));
		tests.failed()
			.assertThatEvents()
			.haveExactly(1, event(
					displayName("revision b2000000000b (classpath:db/brokendowngrade/b2000000000b_add_name.sql)"),
					finishedWithFailure(message(
							"The downgrade of revision b2000000000b (classpath:db/brokendowngrade/b2000000000b_add_name.sql)"
									+ " does not restore the schema before it; it would also need to:\n"
									+ "  drop column ACCOUNT.NAME (CHARACTER VARYING(100))"))));
		tests.aborted()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("revision c3000000000c (classpath:db/brokendowngrade/c3000000000c_add_note.sql)"),
							abortedWithReason(message((text) -> text.contains("stopped at revision b2000000000b")))));
	}

	@Test
	void downgradeThatLeavesAColumnFailsTheStairwayOnPostgresNamingTheColumnInItsTypes() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			postgres = database.dataSource();
			Events tests = run(BrokenDowngradeOnPostgres.class);
			tests.assertStatistics((stats) -> stats.failed(1).aborted(1));
			tests.failed()
				.assertThatEvents()
				.haveExactly(1, event(
						displayName("revision b2000000000b (classpath:db/brokendowngrade/b2000000000b_add_name.sql)"),
						finishedWithFailure(message("The downgrade of revision b2000000000b"
								+ " (classpath:db/brokendowngrade/b2000000000b_add_name.sql) does not restore the schema"
								+ " before it; it would also need to:\n"
								+ "  drop column account.name (character varying(100))"))));
		}
		finally {
			postgres = null;
		}
	}

	@Test
	void twoHeadsFailTheHeadsCheckNamingBothAndTheMergeCommand() {
		Events tests = run(TwoHeads.class);
		tests.failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("heads"), finishedWithFailure(message(
					"Expected one head but there are 2: revision b2000000000b (classpath:db/twoheads/b2000000000b_add_name.sql), revision c3000000000c (classpath:db/twoheads/c3000000000c_add_note.sql);"
							+ " merge them with 'db merge b2000000000b c3000000000c -m MESSAGE' or list them in @MigrationTest(heads = ...)"))));
	}

	@Test
	void expectedHeadsPassTheHeadsCheck() {
		run(TwoExpectedHeads.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
	}

	@Test
	void missingDowngradeSectionFailsTheDowngradesCheck() {
		Events tests = run(MissingDowngrade.class);
		tests.failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("downgrades"), finishedWithFailure(message(
					"revision b2000000000b (classpath:db/missingdowngrade/b2000000000b_add_name.sql): no '-- downgrade' section; add one (an empty section is a downgrade that does nothing)"
							+ " or list the revision in @MigrationTest(irreversible = ...)"))));
	}

	@Test
	void revisionListedAsIrreversibleIsOnlyUpgradedByTheStairway() {
		Events tests = run(DeclaredIrreversible.class);
		// downgrades, upgrade, two stairway steps, offline SQL for h2
		tests.assertStatistics((stats) -> stats.started(5).succeeded(5));
	}

	@Test
	void irreversibleNamingNoRevisionFails() {
		Events tests = run(UnknownIrreversible.class);
		tests.failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("downgrades"), finishedWithFailure(message((text) -> text
				.endsWith("@MigrationTest(irreversible = ...) names no loaded revision: f0000000000f")))));
	}

	@Test
	void failingUpgradeFailsTheUpgradeAndTheStairwayNamingTheRevision() {
		Events tests = run(BadUpgrade.class);
		tests.assertStatistics((stats) -> stats.failed(2));
		tests.failed()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("upgrade from base to heads"),
							finishedWithFailure(
									message((text) -> text.contains("b2000000000b") && text.contains("CUSTOMER")))))
			.haveExactly(1, event(
					displayName("revision b2000000000b (classpath:db/badupgrade/b2000000000b_add_name.sql)"),
					finishedWithFailure(message((text) -> text.startsWith(
							"The upgrade of revision b2000000000b (classpath:db/badupgrade/b2000000000b_add_name.sql) fails: ")))));
	}

	@Test
	void revisionThatReadsDataUnguardedFailsTheOfflineSqlCheckForEachDialectNamingTheRevision() {
		Events tests = run(ReadsDataOffline.class);
		// heads, downgrades, upgrade, two stairway steps and the lint for both dialects
		// pass;
		// the fixture has no model
		tests.assertStatistics((stats) -> stats.started(10).succeeded(7).failed(2).aborted(1));
		for (String dialect : new String[] { "h2", "postgresql" }) {
			tests.failed()
				.assertThatEvents()
				.haveExactly(1, event(displayName(dialect), finishedWithFailure(message((text) -> text
					.startsWith("'db upgrade --sql base:heads' fails for " + dialect
							+ ": Revision b2000000000b (db.readsdata.LowerCaseEmails): op.jdbc() needs a database connection")
						&& text.contains("if (!op.isOffline())")))));
		}
	}

	@Test
	void dataSourceMethodGivesEachCheckThatNeedsADatabaseItsOwn() {
		try {
			run(OwnDatabasePerCheck.class).assertStatistics((stats) -> stats.started(6).succeeded(6));
			assertThat(OwnDatabasePerCheck.databases).as("one for the upgrade, one for the stairway").hasSize(2);
		}
		finally {
			OwnDatabasePerCheck.databases.forEach(TestDatabase::close);
			OwnDatabasePerCheck.databases.clear();
		}
	}

	@Test
	void dataSourceMemberOfAnotherTypeFailsNamingIt() {
		run(NotADataSource.class).failed()
			.assertThatEvents()
			.haveExactly(1, event(displayName("upgrade from base to heads"), finishedWithFailure(message(
					"dev.migrate.test.MigrationTestExtensionTests$NotADataSource.url annotated with @MigrationDataSource"
							+ " gave a java.lang.String; it needs to give a DataSource"))));
	}

	private static Events run(Class<?> fixture) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
	}

	@MigrationTest(locations = "classpath:db/good", schemaFile = "classpath:model/good.sql")
	static class GoodOnH2 implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", schemaFile = "classpath:model/good.sql")
	static class GoodOnPostgres implements MigrationChecks {

		@MigrationDataSource
		@Nullable DataSource dataSource = postgres;

	}

	@MigrationTest(locations = "classpath:db/readsdata", dialects = { "h2", "postgresql" })
	static class ReadsDataOffline implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", checks = { MigrationCheck.UPGRADE, MigrationCheck.STAIRWAY })
	static class OwnDatabasePerCheck implements MigrationChecks {

		static final List<TestDatabase> databases = new ArrayList<>();

		@MigrationDataSource
		DataSource dataSource() {
			TestDatabase database = TestDatabase.h2();
			databases.add(database);
			return database.dataSource();
		}

	}

	@MigrationTest(locations = "classpath:db/badupgrade", checks = { MigrationCheck.UPGRADE, MigrationCheck.STAIRWAY })
	static class BadUpgrade implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", checks = MigrationCheck.UPGRADE)
	static class NotADataSource implements MigrationChecks {

		@MigrationDataSource
		String url = "jdbc:h2:mem:test";

	}

	@MigrationTest(locations = "classpath:db/brokendowngrade", checks = MigrationCheck.STAIRWAY)
	static class BrokenDowngrade implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/brokendowngrade", checks = MigrationCheck.STAIRWAY)
	static class BrokenDowngradeOnPostgres implements MigrationChecks {

		@MigrationDataSource
		@Nullable DataSource dataSource = postgres;

	}

	@MigrationTest(locations = "classpath:db/twoheads", checks = MigrationCheck.HEADS)
	static class TwoHeads implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/twoheads", checks = MigrationCheck.HEADS,
			heads = { "c3000000000c", "b2000000000b" })
	static class TwoExpectedHeads implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/missingdowngrade")
	static class MissingDowngrade implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/missingdowngrade", irreversible = "b2000000000b", checks = {
			MigrationCheck.DOWNGRADES, MigrationCheck.UPGRADE, MigrationCheck.STAIRWAY, MigrationCheck.OFFLINE_SQL })
	static class DeclaredIrreversible implements MigrationChecks {

	}

	@MigrationTest(locations = "classpath:db/good", irreversible = "f0000000000f", checks = MigrationCheck.DOWNGRADES)
	static class UnknownIrreversible implements MigrationChecks {

	}

}
