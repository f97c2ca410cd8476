package dev.migrate.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.migrate.testsupport.StatementCountingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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

	@Test
	void lintingOnStartupSendsNoStatementOfItsOwn() {
		assertThat(statementsOfAStart("warn")).isEqualTo(statementsOfAStart("off"));
	}

	/**
	 * The statements a start sends to a fresh database, whose pending revisions include
	 * one with a lint finding: the first three words of each (the history rows carry
	 * times that differ from run to run).
	 */
	private List<String> statementsOfAStart(String lint) {
		StatementCountingDataSource counting = new StatementCountingDataSource(
				new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withBean(DataSource.class, () -> counting)
			.withPropertyValues("migrate.locations=classpath:db/migrations,classpath:db/lint", "migrate.lint=" + lint)
			.run((context) -> assertThat(context).hasNotFailed());
		List<String> sent = new ArrayList<>(counting.statements());
		sent.addAll(counting.prepared());
		assertThat(sent).as("the start ran the revisions")
			.anyMatch((sql) -> sql.contains("DROP TABLE IF EXISTS legacy"));
		return sent.stream().map((sql) -> String.join(" ", Arrays.copyOf(sql.trim().split("\\s+", 4), 3))).toList();
	}

	private static String versions(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForObject("SELECT version_num FROM migrate_version", String.class);
	}

}
