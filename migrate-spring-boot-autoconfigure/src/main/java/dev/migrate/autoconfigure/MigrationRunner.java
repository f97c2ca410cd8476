package dev.migrate.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.runtime.Migrator;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.Assert;

/**
 * Applies a {@link MigrateStartupStrategy} to the database when the application context
 * starts. JPA, {@code JdbcTemplate}, {@code JdbcClient} and jOOQ users wait for it,
 * through Spring Boot's database initialization detection. The warnings of loading the
 * revisions (see {@link Migrator#warnings()}) are logged first.
 *
 * @since 0.1.0
 */
public class MigrationRunner implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MigrationRunner.class);

	private final Migrator migrator;

	private final MigrateStartupStrategy strategy;

	/**
	 * Create a new {@link MigrationRunner} instance.
	 * @param migrator the migrator
	 * @param strategy what to do on startup
	 */
	public MigrationRunner(Migrator migrator, MigrateStartupStrategy strategy) {
		Assert.notNull(migrator, "'migrator' must not be null");
		Assert.notNull(strategy, "'strategy' must not be null");
		this.migrator = migrator;
		this.strategy = strategy;
	}

	@Override
	public void afterPropertiesSet() {
		this.migrator.warnings().forEach(logger::warn);
		this.strategy.migrate(this.migrator);
	}

}
