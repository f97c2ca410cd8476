package dev.migrate.autoconfigure.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;

/**
 * The Hibernate settings and mapping resources Spring Boot would give the application's
 * EntityManagerFactory: {@code spring.jpa.properties.*},
 * {@code spring.jpa.database-platform}, Spring Boot's naming defaults or
 * {@code spring.jpa.hibernate.naming.*}, the naming strategy beans, and the
 * {@link HibernatePropertiesCustomizer} beans, in Spring Boot's order.
 *
 * @param hibernateProperties the Hibernate settings
 * @param mappingResources the {@code spring.jpa.mapping-resources}
 */
record JpaSettings(Map<String, Object> hibernateProperties, List<String> mappingResources) {

	JpaSettings {
		hibernateProperties = Map.copyOf(hibernateProperties);
		mappingResources = List.copyOf(mappingResources);
	}

	static JpaSettings of(Environment environment, ListableBeanFactory beanFactory) {
		Binder binder = Binder.get(environment);
		JpaProperties jpa = binder.bind("spring.jpa", JpaProperties.class).orElseGet(JpaProperties::new);
		HibernateProperties hibernate = binder.bind("spring.jpa.hibernate", HibernateProperties.class)
			.orElseGet(HibernateProperties::new);
		HibernateSettings settings = new HibernateSettings().ddlAuto(() -> "none")
			.hibernatePropertiesCustomizers(customizers(beanFactory, jpa.getDatabasePlatform()));
		return new JpaSettings(hibernate.determineHibernateProperties(jpa.getProperties(), settings),
				jpa.getMappingResources());
	}

	private static List<HibernatePropertiesCustomizer> customizers(ListableBeanFactory beanFactory,
			@Nullable String databasePlatform) {
		List<HibernatePropertiesCustomizer> customizers = new ArrayList<>();
		if (databasePlatform != null) {
			customizers.add((properties) -> properties.putIfAbsent(AvailableSettings.DIALECT, databasePlatform));
		}
		if (beanFactory instanceof ConfigurableListableBeanFactory configurable) {
			customizers.add((properties) -> properties.put(AvailableSettings.BEAN_CONTAINER,
					new SpringBeanContainer(configurable)));
		}
		ApplicationBeans beans = new ApplicationBeans(beanFactory);
		PhysicalNamingStrategy physical = beans.unique(PhysicalNamingStrategy.class);
		if (physical != null) {
			customizers.add((properties) -> properties.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, physical));
		}
		ImplicitNamingStrategy implicit = beans.unique(ImplicitNamingStrategy.class);
		if (implicit != null) {
			customizers.add((properties) -> properties.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, implicit));
		}
		customizers.addAll(beans.ordered(HibernatePropertiesCustomizer.class));
		return customizers;
	}

}
