package dev.migrate.test;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;

/**
 * In a Spring test the checks run on the application's {@code DataSource} with its
 * {@code migrate.locations}.
 */
class SpringTestSlicesTests {

	private static @Nullable TestDatabase postgres;

	@Test
	void springBootTestChecksTheApplicationsDatabaseWithItsTablesAfterStartupUpgradedIt() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			postgres = database;
			Events tests = run(OnSpringBootTest.class);
			tests.assertStatistics((stats) -> stats.started(11).succeeded(11));
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			assertThat(jdbc.queryForList("select version_num from app_version", String.class))
				.containsExactly("e5000000000e");
			assertThat(jdbc.queryForObject(
					"select count(*) from app_history where direction = 'downgrade' and revision = 'b2000000000b'",
					Integer.class))
				.as("the way down to base before the upgrade, model and stairway checks, and the stairway's own")
				.isEqualTo(4);
			assertThat(jdbc.queryForObject(
					"select count(*) from information_schema.tables where table_name in ('migrate_version', 'migrate_history')",
					Integer.class))
				.as("the checks use the application's table names")
				.isZero();
		}
		finally {
			postgres = null;
		}
	}

	@Test
	void jdbcTestTakesTheLocationsFromTheContext() {
		Events tests = run(OnJdbcTest.class);
		tests.failed()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("revision b2000000000b (classpath:db/brokendowngrade/b2000000000b_add_name.sql)"),
							finishedWithFailure()));
	}

	private static Events run(Class<?> fixture) {
		return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

	@SpringBootTest(classes = Application.class,
			properties = { "migrate.locations=classpath:db/good", "migrate.version-table=app_version",
					"migrate.history-table=app_history", "migrate.model.schema-file=classpath:model/good.sql" })
	static class OnSpringBootTest implements MigrationChecks {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			if (postgres != null) {
				postgres.springProperties().forEach((name, value) -> registry.add(name, () -> value));
			}
		}

	}

	@JdbcTest(properties = "migrate.locations=classpath:db/brokendowngrade")
	@MigrationTest(checks = MigrationCheck.STAIRWAY)
	static class OnJdbcTest implements MigrationChecks {

		@SpringBootConfiguration
		static class Configuration {

		}

	}

}
