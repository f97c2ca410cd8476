package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.MigratorBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for migrate: a {@link Migrator} for
 * the application's database and a {@link MigrationRunner} that upgrades it on startup.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(MigrateAutoConfiguration.MigrationDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

	/**
	 * Set when the application runs one {@code db} command and exits: nothing happens to
	 * the database on startup then.
	 */
	public static final String ONE_SHOT_COMMAND_PROPERTY = "migrate.internal.one-shot-command";

	@Bean
	@ConditionalOnMissingBean
	Migrator migrator(MigrateProperties properties, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
			ObjectProvider<DataSource> dataSource, ResourceLoader resourceLoader,
			ObjectProvider<MigrationListener> listeners, ObjectProvider<MigrateConfigurationCustomizer> customizers,
			ObjectProvider<BackgroundRevisionLoader> backgroundLoader) {
		MigratorBuilder builder = Migrator.configure()
			.dataSource(new MigrationDataSource(properties, migrateDataSource, dataSource).get())
			.classLoader(resourceLoader.getClassLoader());
		backgroundLoader.ifAvailable(builder::revisionLoader);
		MigratorConfigurer.configure(properties, builder);
		listeners.orderedStream().forEach(builder::listener);
		if (properties.isAutoUpgrade() && properties.getLint() != StartupLint.Mode.OFF) {
			builder.listener(new StartupLint(properties.getLint()));
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.load();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = ONE_SHOT_COMMAND_PROPERTY, havingValue = false, matchIfMissing = true)
	MigrationRunner migrationRunner(Migrator migrator, MigrateProperties properties,
			ObjectProvider<MigrateStartupStrategy> strategy) {
		return new MigrationRunner(migrator, strategy.getIfAvailable(() -> defaultStrategy(properties)));
	}

	private static MigrateStartupStrategy defaultStrategy(MigrateProperties properties) {
		return properties.isAutoUpgrade() ? MigrateStartupStrategy.upgrade(properties.getTarget())
				: MigrateStartupStrategy.check(properties.isRequireUpToDate());
	}

	@Bean
	MigrateSchemaManagementProvider migrateSchemaManagementProvider(MigrateProperties properties,
			@MigrateDataSource ObjectProvider<DataSource> migrateDataSource, ObjectProvider<DataSource> dataSource) {
		return new MigrateSchemaManagementProvider(new MigrationDataSource(properties, migrateDataSource, dataSource));
	}

	static final class MigrationDataSourceCondition extends AnyNestedCondition {

		MigrationDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

	}

}
