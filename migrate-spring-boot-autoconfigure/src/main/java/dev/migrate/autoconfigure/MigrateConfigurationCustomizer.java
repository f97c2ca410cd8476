package dev.migrate.autoconfigure;

import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.MigratorBuilder;

/**
 * Callback to customize the {@link MigratorBuilder} of the auto-configured
 * {@link Migrator}, after the {@code migrate.*} properties are applied.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(MigratorBuilder builder);

}
