package dev.migrate.autoconfigure.command.app;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrate.autoconfigure.MigrateConfigurationCustomizer;
import dev.migrate.autoconfigure.MigrateDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * DataSources the application declares itself, in profiles: its own primary DataSource
 * with a customizer ({@code own-datasource}), or a separate {@code @MigrateDataSource}
 * ({@code migrate-datasource}); and a customizer that adds a location
 * ({@code extra-locations}).
 */
@Configuration(proxyBeanMethods = false)
class OwnDataSourceConfiguration {

	@Bean
	@Profile("own-datasource")
	DataSource dataSource(@Value("${app.db.url}") String url, @Value("${app.db.username}") String username) {
		return DataSourceBuilder.create().type(HikariDataSource.class).url(url).username(username).build();
	}

	@Bean
	@Profile("own-datasource")
	MigrateConfigurationCustomizer itemVersionTable() {
		return (builder) -> builder.versionTable("item_version");
	}

	@Bean(defaultCandidate = false)
	@MigrateDataSource
	@Profile("migrate-datasource")
	DataSource migrationDataSource(@Value("${app.migrations.url}") String url,
			@Value("${app.migrations.username}") String username) {
		return DataSourceBuilder.create().type(HikariDataSource.class).url(url).username(username).build();
	}

	@Bean
	@Profile("extra-locations")
	MigrateConfigurationCustomizer extraLocations() {
		return (builder) -> builder.locations("classpath:db/jpa-app", "classpath:db/jpa-app-extra");
	}

}
