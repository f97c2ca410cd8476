package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.migrate.graph.RevisionGraphException;
import dev.migrate.graph.Step;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.Migrator;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateAutoConfigurationTests {

	private static final List<String> HEAD = List.of("b20000000002");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void backsOffWithoutDataSourceOrMigrateUrl() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationRunner.class)
				.doesNotHaveBean(MigrateProperties.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(DataSource.class)
				.doesNotHaveBean(Migrator.class)
				.doesNotHaveBean(MigrationRunner.class));
	}

	@Test
	void upgradesTheDataSourceToTheHeadsOnStartup() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(MigrationRunner.class);
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.current()).isEqualTo(HEAD);
			assertThat(migrator.history()).extracting(HistoryEntry::revision)
				.containsExactly("a10000000001", "b20000000002");
			assertThat(rowCount(context.getBean(DataSource.class), "account")).isZero();
		});
	}

	@Test
	void upgradesToTheConfiguredTarget() {
		this.contextRunner.withPropertyValues("migrate.target=a10000000001")
			.run((context) -> assertThat(context.getBean(Migrator.class).current()).containsExactly("a10000000001"));
	}

	@Test
	void appliesTableNamesAndLocations() {
		this.contextRunner
			.withPropertyValues("migrate.version-table=app_version", "migrate.history-table=app_history",
					"migrate.locations=classpath:db/migrations,classpath:db/extra")
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(rowCount(dataSource, "app_version")).isOne();
				assertThat(rowCount(dataSource, "app_history")).isEqualTo(2);
			});
	}

	@Test
	void migratesTheDatabaseOfMigrateUrlWithoutAnApplicationDataSource() {
		String url = uniqueH2Url();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withPropertyValues("migrate.url=" + url, "migrate.user=sa", "migrate.password=")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DataSource.class);
				assertThat(rowCount(new DriverManagerDataSource(url, "sa", ""), "migrate_version")).isOne();
			});
	}

	@Test
	void migratesWithTheCredentialsOfMigrateUser() {
		String url = uniqueH2Url();
		new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""))
			.execute("CREATE USER schema_owner PASSWORD 'secret' ADMIN");
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=sa",
					"migrate.user=schema_owner", "migrate.password=secret")
			.run((context) -> assertThat(context.getBean(Migrator.class).history()).extracting(HistoryEntry::appliedBy)
				.containsOnly("SCHEMA_OWNER"));
	}

	@Test
	void migratesTheMigrateDataSourceInsteadOfThePrimaryOne() {
		this.contextRunner.withUserConfiguration(MigrateDataSourceConfiguration.class).run((context) -> {
			assertThat(rowCount(context.getBean("migrateDataSource", DataSource.class), "migrate_version")).isOne();
			assertThat(tableExists(context.getBean("dataSource", DataSource.class), "MIGRATE_VERSION")).isFalse();
		});
	}

	@Test
	void backsOffForAUserMigrator() {
		this.contextRunner.withUserConfiguration(UserMigratorConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class).hasBean("userMigrator");
			assertThat(context.getBean(Migrator.class).current()).containsExactly("a10000000001");
		});
	}

	@Test
	void backsOffForAUserRunner() {
		this.contextRunner.withUserConfiguration(UserRunnerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(MigrationRunner.class).hasBean("userRunner");
			assertThat(context.getBean(Migrator.class).current()).isEmpty();
		});
	}

	@Test
	void startupStrategyReplacesTheUpgrade() {
		this.contextRunner.withUserConfiguration(StartupStrategyConfiguration.class).run((context) -> {
			assertThat(context.getBean(RecordingStrategy.class).migrators)
				.containsExactly(context.getBean(Migrator.class));
			assertThat(context.getBean(Migrator.class).current()).isEmpty();
		});
	}

	@Test
	void customizersRunAfterPropertiesInOrder() {
		this.contextRunner.withPropertyValues("migrate.version-table=from_properties")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(rowCount(dataSource, "second_customizer")).isOne();
				assertThat(tableExists(dataSource, "FROM_PROPERTIES")).isFalse();
			});
	}

	@Test
	void listenerBeansSeeEachStep() {
		this.contextRunner.withUserConfiguration(ListenerConfiguration.class)
			.run((context) -> assertThat(context.getBean(RecordingListener.class).steps).containsExactly("a10000000001",
					"b20000000002"));
	}

	@Test
	void autoUpgradeOffLeavesTheDatabaseUntouchedAndLogsPendingRevisions(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(tableExists(context.getBean(DataSource.class), "MIGRATE_VERSION")).isFalse();
			assertThat(output).contains("2 revision(s) pending: a10000000001 (Create account), b20000000002");
		});
	}

	@Test
	void locationWithoutRevisionsIsLoggedOnceAsAWarningAtStartup(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/migrations,classpath:db/nothing-here")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String warning = "Migration location classpath:db/nothing-here does not exist; "
						+ "fix it or remove it from migrate.locations";
				assertThat(output).containsOnlyOnce(warning);
				assertThat(output.toString().lines().filter((line) -> line.contains(warning)))
					.singleElement(InstanceOfAssertFactories.STRING)
					.contains("WARN");
			});
	}

	@Test
	void requireUpToDateFailsStartupWhenRevisionsArePending() {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false", "migrate.require-up-to-date=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DatabaseNotUpToDateException.class)
				.hasMessageContaining("is behind"));
	}

	@Test
	void requireUpToDateFailsStartupAtAnUnknownRevision() {
		String url = uniqueH2Url();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		jdbc.execute("CREATE TABLE migrate_version (version_num VARCHAR(128) NOT NULL PRIMARY KEY)");
		jdbc.execute("INSERT INTO migrate_version VALUES ('c0ffee000000')");
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "migrate.auto-upgrade=false",
					"migrate.require-up-to-date=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DatabaseNotUpToDateException.class)
				.hasMessageContaining("[c0ffee000000] that this application does not know"));
	}

	@Test
	void requireUpToDateStartsWhenTheDatabaseIsAtTheHeads() {
		String url = uniqueH2Url();
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url).run((first) -> {
			assertThat(first).hasNotFailed();
			this.contextRunner
				.withPropertyValues("spring.datasource.url=" + url, "migrate.auto-upgrade=false",
						"migrate.require-up-to-date=true")
				.run((second) -> assertThat(second).hasNotFailed());
		});
	}

	@Test
	void invalidScriptsFailStartup() {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/broken")
			.run((context) -> assertThat(context).getFailure().rootCause().isInstanceOf(RevisionGraphException.class));
	}

	@Test
	void failingRevisionFailsStartup() {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/failing")
			.run((context) -> assertThat(context).getFailure().cause().isInstanceOf(MigrationFailedException.class));
	}

	@Test
	void jdbcTemplateAndJdbcClientDependOnTheRunner() {
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.run((context) -> {
				assertThat(dependsOn(context.getBeanFactory().getBeanDefinition("jdbcTemplate")))
					.contains("migrationRunner");
				assertThat(dependsOn(context.getBeanFactory().getBeanDefinition("jdbcClient")))
					.contains("migrationRunner");
			});
	}

	@Test
	void reportsTheMigratedDataSourceAsManaged() {
		this.contextRunner.withUserConfiguration(MigrateDataSourceConfiguration.class).run((context) -> {
			SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
			assertThat(provider.getSchemaManagement(context.getBean("migrateDataSource", DataSource.class)))
				.isEqualTo(SchemaManagement.MANAGED);
			assertThat(provider.getSchemaManagement(context.getBean("dataSource", DataSource.class)))
				.isEqualTo(SchemaManagement.UNMANAGED);
		});
	}

	@Test
	void reportsTheDatabaseOfMigrateUrlAsManaged() {
		String url = uniqueH2Url();
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url, "migrate.url=" + url, "migrate.user=sa")
			.run((context) -> {
				SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
				assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(provider.getSchemaManagement(new DriverManagerDataSource(uniqueH2Url(), "sa", "")))
					.isEqualTo(SchemaManagement.UNMANAGED);
			});
	}

	private static String[] dependsOn(BeanDefinition definition) {
		return (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
	}

	static String uniqueH2Url() {
		return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	static int rowCount(DataSource dataSource, String table) {
		Integer count = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
		return (count != null) ? count : -1;
	}

	static boolean tableExists(DataSource dataSource, String table) {
		Integer count = new JdbcTemplate(dataSource).queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?", Integer.class, table);
		return count != null && count > 0;
	}

	@Configuration(proxyBeanMethods = false)
	static class MigrateDataSourceConfiguration {

		@Bean
		DataSource dataSource() {
			return new DriverManagerDataSource(uniqueH2Url(), "sa", "");
		}

		@Bean(defaultCandidate = false)
		@MigrateDataSource
		DataSource migrateDataSource() {
			return new DriverManagerDataSource(uniqueH2Url(), "sa", "");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserMigratorConfiguration {

		@Bean
		Migrator userMigrator(DataSource dataSource) {
			Migrator migrator = Migrator.configure().dataSource(dataSource).load();
			migrator.stamp(List.of("a10000000001"), false);
			return migrator;
		}

		@Bean
		MigrateStartupStrategy nothingOnStartup() {
			return (migrator) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRunnerConfiguration {

		@Bean
		MigrationRunner userRunner(Migrator migrator) {
			return new MigrationRunner(migrator, (ignored) -> {
			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StartupStrategyConfiguration {

		@Bean
		RecordingStrategy recordingStrategy() {
			return new RecordingStrategy();
		}

	}

	static class RecordingStrategy implements MigrateStartupStrategy {

		final List<Migrator> migrators = new ArrayList<>();

		@Override
		public void migrate(Migrator migrator) {
			this.migrators.add(migrator);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		MigrateConfigurationCustomizer second() {
			return (builder) -> builder.versionTable("second_customizer");
		}

		@Bean
		@Order(1)
		MigrateConfigurationCustomizer first() {
			return (builder) -> builder.versionTable("first_customizer").lockTimeout(Duration.ofSeconds(5));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

	}

	static class RecordingListener implements MigrationListener {

		final List<String> steps = new ArrayList<>();

		@Override
		public void afterStep(Step step, Duration duration) {
			this.steps.add(String.valueOf(step.revision().id()));
		}

	}

}
