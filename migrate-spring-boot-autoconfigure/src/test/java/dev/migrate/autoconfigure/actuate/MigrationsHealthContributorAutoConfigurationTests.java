package dev.migrate.autoconfigure.actuate;

import java.util.List;
import java.util.UUID;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.runtime.MigrationStatus.State;
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
				assertThat((String) health.getDetails().get("reason")).contains("no_such_table");
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

}
