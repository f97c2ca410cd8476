package dev.migrate.autoconfigure.command;

import java.util.UUID;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.command.DbCommandLine;
import dev.migrate.runtime.Migrator;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OneShotAutoConfigurationFilter}, through
 * {@link EnableAutoConfiguration} as an application uses it, with JPA, JDBC, task
 * execution and Spring Shell on the class path.
 */
class OneShotAutoConfigurationFilterTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(AutoConfigured.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"migrate.locations=classpath:db/shell", "migrate.auto-upgrade=false",
				"spring.shell.interactive.enabled=false");

	@Test
	void oneShotCommandsLoadOnlyTheDataSourceAndMigrate() {
		this.contextRunner.withPropertyValues(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY + "=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(DataSource.class)
					.hasSingleBean(Migrator.class)
					.hasSingleBean(DbCommandLine.class);
				assertThat(context).doesNotHaveBean(EntityManagerFactory.class)
					.doesNotHaveBean(JdbcTemplate.class)
					.doesNotHaveBean(PlatformTransactionManager.class)
					.doesNotHaveBean(TaskExecutor.class)
					.doesNotHaveBean(CommandRegistry.class);
			});
	}

	@Test
	void aNormalStartLoadsEveryAutoConfiguration() {
		this.contextRunner.withPropertyValues(
				"spring.autoconfigure.exclude=org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration")
			.run((context) -> assertThat(context).hasSingleBean(EntityManagerFactory.class)
				.hasSingleBean(JdbcTemplate.class)
				.hasSingleBean(TaskExecutor.class));
	}

	@Test
	void anApplicationListsFurtherAutoConfigurationsItsDataSourceNeeds() {
		this.contextRunner
			.withPropertyValues(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY + "=true",
					OneShotAutoConfigurationFilter.INCLUDE_PROPERTY
							+ "=org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
			.run((context) -> assertThat(context).hasSingleBean(JdbcTemplate.class)
				.doesNotHaveBean(EntityManagerFactory.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class AutoConfigured {

	}

}
