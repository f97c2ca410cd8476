package dev.migrate.autoconfigure.actuate;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.runtime.MigrationStatus.State;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsHealthContributorAutoConfiguration} and
 * {@link MigrationsHealthIndicator}.
 */
class MigrationsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class));

	@Test
	void upAtTheHeads() {
		this.contextRunner.run((context) -> {
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("status", State.UP_TO_DATE).doesNotContainKey("reason");
		});
	}

	@Test
	void outOfServiceWhilePendingWithAutoUpgradeOff() {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false").run((context) -> {
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsKey("reason")
				.containsEntry("pending", List.of("a10000000001", "b20000000002"));
		});
	}

	@Test
	void pendingStatusIsConfigurable() {
		this.contextRunner.withPropertyValues("migrate.target=a10000000001", "migrate.health.pending-status=DOWN")
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.DOWN));
	}

	@Test
	void upWhilePendingWithAutoUpgradeOn() {
		this.contextRunner.withPropertyValues("migrate.target=a10000000001")
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP));
	}

	@Test
	void downAtAnUnknownRevision() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		jdbc.execute("CREATE TABLE migrate_version (version_num VARCHAR(128) NOT NULL PRIMARY KEY)");
		jdbc.execute("INSERT INTO migrate_version VALUES ('c0ffee000000')");
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrate.auto-upgrade=false")
			.run((context) -> {
				Health health = context.getBean(MigrationsHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("unknown", List.of("c0ffee000000"));
			});
	}

	@Test
	void downAfterAFailedRevision() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrate.locations=classpath:db/failing")
			.run((failed) -> assertThat(failed).hasFailed());
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "migrate.locations=classpath:db/failing",
					"migrate.auto-upgrade=false")
			.run((context) -> {
				Health health = context.getBean(MigrationsHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("failed", "d40000000004");
				assertThat((String) health.getDetails().get("reason")).contains("no_such_table")
					.contains("left 1 statement(s)");
				assertThat(health.getDetails().get("lastFailure")).asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("revision", "d40000000004")
					.containsEntry("resolved", false);
			});
	}

	@Test
	void pendingWithTheFailureInTheDetailsAfterAFailureThatWasRolledBackOnPostgresql() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			String[] properties = properties(database, "migrate.locations=classpath:db/failing");
			this.contextRunner.withPropertyValues(properties).run((failed) -> assertThat(failed).hasFailed());
			this.contextRunner.withPropertyValues(properties)
				.withPropertyValues("migrate.auto-upgrade=false")
				.run((context) -> {
					Health health = context.getBean(MigrationsHealthIndicator.class).health();
					assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
					assertThat(health.getDetails()).containsEntry("status", State.PENDING)
						.containsEntry("pending", List.of("d40000000004"))
						.doesNotContainKey("failed");
					assertThat(health.getDetails().get("lastFailure")).asInstanceOf(InstanceOfAssertFactories.MAP)
						.containsEntry("revision", "d40000000004")
						.containsEntry("direction", "upgrade")
						.containsEntry("resolved", true);
					assertThat((String) health.getDetails().get("reason")).contains("and was rolled back");
				});
			this.contextRunner.withPropertyValues(properties)
				.withPropertyValues("migrate.auto-upgrade=false", "migrate.health.pending-status=UP")
				.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
					.isEqualTo(Status.UP));
		}
	}

	private static String[] properties(TestDatabase database, String... more) {
		return Stream.concat(
				database.springProperties().entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue()),
				Stream.of(more))
			.toArray(String[]::new);
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

}
