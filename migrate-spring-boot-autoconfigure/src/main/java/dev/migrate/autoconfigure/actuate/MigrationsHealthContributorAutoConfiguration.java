package dev.migrate.autoconfigure.actuate;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.runtime.Migrator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the {@code migrations} health
 * indicator.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnSingleCandidate(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrations")
@EnableConfigurationProperties(MigrateProperties.class)
public final class MigrationsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "migrationsHealthIndicator")
	MigrationsHealthIndicator migrationsHealthIndicator(Migrator migrator, MigrateProperties properties) {
		return new MigrationsHealthIndicator(migrator, pendingStatus(properties));
	}

	private static Status pendingStatus(MigrateProperties properties) {
		String pendingStatus = properties.getHealth().getPendingStatus();
		if (pendingStatus != null) {
			return new Status(pendingStatus);
		}
		return properties.isAutoUpgrade() ? Status.UP : Status.OUT_OF_SERVICE;
	}

}
