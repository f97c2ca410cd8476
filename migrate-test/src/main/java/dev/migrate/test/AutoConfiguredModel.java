package dev.migrate.test;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.command.ApplicationShadowDatabases;
import dev.migrate.autoconfigure.command.ModelSources;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.dialect.Dialect;

/**
 * What migrate's auto-configuration gives the model check: the application's model
 * source, picked by the same rule as {@code db check}, and shadow databases opened with
 * the credentials of the test's database. Only loaded when
 * migrate-spring-boot-autoconfigure is on the class path.
 */
final class AutoConfiguredModel {

	private AutoConfiguredModel() {
	}

	static boolean isPresent(ClassLoader classLoader) {
		return ClassUtils.isPresent("dev.migrate.autoconfigure.command.ModelSources", classLoader);
	}

	/**
	 * The model source of an application context.
	 * @param context the test's application context
	 * @return the source, or {@code null} when migrate is not configured in the context
	 */
	static @Nullable ModelSource modelSource(ApplicationContext context) {
		MigrateProperties properties = context.getBeanProvider(MigrateProperties.class).getIfAvailable();
		return (properties != null) ? ModelSources.of(properties.getModel(), context) : null;
	}

	static ShadowDatabases shadows(DataSource dataSource, Dialect dialect, @Nullable String shadowUrl) {
		return ApplicationShadowDatabases.of(dataSource, dialect, shadowUrl);
	}

}
