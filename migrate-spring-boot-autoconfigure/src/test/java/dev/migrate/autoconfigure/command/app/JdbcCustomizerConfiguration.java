package dev.migrate.autoconfigure.command.app;

import dev.migrate.autoconfigure.MigrateConfigurationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customizer that needs a bean of an auto-configuration a one-shot command leaves out
 * ({@code jdbc-customizer} profile).
 */
@Configuration(proxyBeanMethods = false)
@Profile("jdbc-customizer")
class JdbcCustomizerConfiguration {

	@Bean
	MigrateConfigurationCustomizer schemaFromDatabase(JdbcTemplate jdbc) {
		return (builder) -> builder.versionTable(jdbc.queryForObject("SELECT 'jdbc_version'", String.class));
	}

}
