package dev.migrate.autoconfigure.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Keeps a one-shot {@code db} command to the auto-configurations it needs: the
 * DataSource's, property placeholders and migrate's own, plus those named in
 * {@value #INCLUDE_PROPERTY}. JPA, web, scheduling, task execution, messaging, SQL
 * initialization, Spring Shell, Actuator and the rest are left out. A normal start is not
 * affected.
 *
 * @since 0.1.0
 */
public class OneShotAutoConfigurationFilter
		implements AutoConfigurationImportFilter, BeanClassLoaderAware, EnvironmentAware, Ordered {

	/**
	 * The property that lists further auto-configuration classes a one-shot command
	 * loads, for an application whose DataSource needs one of them.
	 */
	public static final String INCLUDE_PROPERTY = "migrate.one-shot.auto-configurations";

	/** The auto-configurations a one-shot command always loads. */
	private static final List<String> NEEDED = List.of(
			"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
			MigrateAutoConfiguration.class.getName(), DbCommandAutoConfiguration.class.getName());

	private @Nullable ClassLoader classLoader;

	private @Nullable Set<String> dropped;

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Work out the auto-configurations to drop: every candidate but the needed ones.
	 * Other classes, such as those an auto-configuration imports, are all kept.
	 */
	@Override
	public void setEnvironment(Environment environment) {
		boolean oneShot = environment.getProperty(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY, Boolean.class,
				false);
		if (oneShot) {
			Set<String> dropped = new HashSet<>();
			ImportCandidates.load(AutoConfiguration.class, this.classLoader).forEach(dropped::add);
			NEEDED.forEach(dropped::remove);
			Binder.get(environment)
				.bind(INCLUDE_PROPERTY, Bindable.setOf(String.class))
				.ifBound((included) -> included.forEach(dropped::remove));
			this.dropped = dropped;
		}
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < matches.length; i++) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = this.dropped == null || candidate == null || !this.dropped.contains(candidate);
		}
		return matches;
	}

	/**
	 * Filter before Spring Boot's condition filters, which then see fewer classes.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
