package dev.migrate.autoconfigure;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate.lint} on startup: the pending revisions are linted before they run.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLintTests {

	private static final String FINDING = "Lint: drop-table ERROR e50000000005 "
			+ "classpath:db/lint/e50000000005_drop_legacy.sql:6 drop table legacy: the table and its rows are gone";

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + this.url,
				"migrate.locations=classpath:db/migrations,classpath:db/lint");

	@Test
	void warnLogsEachFindingOnceAndMigrates(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(versions(context.getBean(DataSource.class))).isEqualTo("e50000000005");
		});
		assertThat(output.toString().split(FINDING, -1)).hasSize(2);
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output.toString().split(FINDING, -1)).as("logged again after it was applied").hasSize(2);
	}

	@Test
	void failRefusesToMigrateOnAnError() {
		this.contextRunner.withPropertyValues("migrate.lint=fail")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(
						"Lint errors in the revisions to upgrade to, so none was applied (migrate.lint=fail)")
				.hasMessageContaining("drop-table ERROR e50000000005")
				.hasMessageContaining("\nFix them, suppress one with '-- migrate:lint-ignore CODE reason' (SQL) or"
						+ " @Revision(lintIgnore = \"CODE reason\") (Java), or set migrate.lint=warn;"
						+ " run 'db lint' to see every finding"));
		this.contextRunner.withPropertyValues("migrate.lint=off")
			.run((context) -> assertThat(versions(context.getBean(DataSource.class))).isEqualTo("e50000000005"));
	}

	@Test
	void onlyTheRevisionsUpToTheTargetAreLinted(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.target=b20000000002", "migrate.lint=fail").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(versions(context.getBean(DataSource.class))).isEqualTo("b20000000002");
		});
		assertThat(output).doesNotContain("Lint:");
	}

	@Test
	void aStartupStrategyGetsTheMigratorBeanAndItsUpgradeIsLinted(CapturedOutput output) {
		this.contextRunner.withBean(MigrateStartupStrategy.class, () -> (migrator) -> migrator.upgrade("heads"))
			.withPropertyValues("migrate.lint=fail")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("drop-table ERROR e50000000005"));
		this.contextRunner.withBean(MigrateStartupStrategy.class, () -> (migrator) -> migrator.upgrade("heads"))
			.run((context) -> assertThat(versions(context.getBean(DataSource.class))).isEqualTo("e50000000005"));
		assertThat(output.toString().split(FINDING, -1)).as("logged once by each of the two runs").hasSize(3);
	}

	@Test
	void offDoesNotLint(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.lint=off").run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("Lint:");
	}

	@Test
	void withoutAutoUpgradeNothingRunsSoNothingIsLinted(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false", "migrate.lint=fail")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("revision(s) pending").doesNotContain("Lint:");
	}

	private static String versions(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForObject("SELECT version_num FROM migrate_version", String.class);
	}

}
