package dev.migrate.autoconfigure.actuate;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpointAutoConfiguration}.
 */
class MigrationsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrationsEndpointAutoConfiguration.class));

	@Test
	void runsWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWhenAccessIsNone() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void backsOffWithoutAMigrator() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations", "migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

}
