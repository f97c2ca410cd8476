package dev.migrate.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * Tests that {@link WithTestDatabases} gives each test class databases of its own, drops
 * them afterwards, and fails (never skips) a class when no server can be found. Runs
 * fixture classes through the JUnit engine.
 */
class TestDatabasesIsolationTests {

	private static final Map<Class<?>, List<String>> seen = new ConcurrentHashMap<>();

	@Test
	void eachTestClassGetsItsOwnDatabasesDroppedAfterwards() {
		Events tests = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(FirstFixture.class), selectClass(SecondFixture.class))
			.execute()
			.testEvents();
		tests.assertStatistics((stats) -> stats.started(2).succeeded(2));
		List<String> names = seen.values().stream().flatMap(List::stream).toList();
		assertThat(names).hasSize(4).doesNotHaveDuplicates();
		assertThat(names).noneMatch(DatabaseServers.shared().server(DatabaseKind.POSTGRESQL)::exists)
			.noneMatch(DatabaseServers.shared().server(DatabaseKind.MARIADB)::exists);
	}

	@Test
	void failsTheClassWhenNoServerCanBeFound() {
		Events containers = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(UnreachableFixture.class))
			.execute()
			.containerEvents();
		containers.assertThatEvents()
			.haveExactly(1,
					event(container(UnreachableFixture.class),
							finishedWithFailure(instanceOf(IllegalStateException.class),
									message((text) -> text.contains("MIGRATE_TEST_POSTGRES_URL")))));
		assertThat(containers.skipped().count() + containers.aborted().count()).isZero();
	}

	abstract static class Fixture {

		@Test
		void writesToItsOwnDatabases(TestDatabases databases) {
			seen.put(getClass(), List.of(databases.postgresql().name(), databases.mariadb().name()));
			for (TestDatabase database : List.of(databases.postgresql(), databases.mariadb())) {
				JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
				jdbc.execute("CREATE TABLE fixture (name VARCHAR(100))");
				jdbc.update("INSERT INTO fixture VALUES (?)", getClass().getSimpleName());
				assertThat(jdbc.queryForList("SELECT name FROM fixture", String.class))
					.containsExactly(getClass().getSimpleName());
			}
		}

	}

	@WithTestDatabases
	static class FirstFixture extends Fixture {

	}

	@WithTestDatabases
	static class SecondFixture extends Fixture {

	}

	static class UnreachableFixture {

		@RegisterExtension
		static final TestDatabasesExtension databases = new TestDatabasesExtension(
				new DatabaseServers(UnusedPort::unreachable, ContainerServers.none()), DatabaseKind.POSTGRESQL);

		@Test
		void neverRuns() {
		}

	}

}
