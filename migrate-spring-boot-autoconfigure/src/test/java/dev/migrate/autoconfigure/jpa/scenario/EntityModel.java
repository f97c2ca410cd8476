package dev.migrate.autoconfigure.jpa.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.lang.annotation.Annotation;

import dev.migrate.autoconfigure.jpa.JpaModelSource;
import dev.migrate.autoconfigure.jpa.JpaSchemaGenerator;
import dev.migrate.testsupport.InMemoryJavaCompiler;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * JPA entities compiled from source in memory: one compilation unit in package
 * {@code model}, with the imports of {@code jakarta.persistence}, {@code java.util},
 * {@code java.time} and {@code java.math}, so that a scenario states only its classes.
 * Hibernate's own annotations are written with their package.
 */
public final class EntityModel {

	private static final Pattern TYPE = Pattern.compile("(?m)^(?:@?[\\w.]+ )*(?:class|enum) (\\w+)");

	private static final List<Class<? extends Annotation>> MANAGED = List.of(Entity.class, Embeddable.class,
			MappedSuperclass.class, Converter.class);

	private static final String IMPORTS = """
			package model;

			import jakarta.persistence.*;
			import java.math.*;
			import java.time.*;
			import java.util.*;

			""";

	private final ClassLoader classLoader;

	private final List<String> classNames;

	private final Map<String, Object> properties;

	private EntityModel(ClassLoader classLoader, List<String> classNames, Map<String, Object> properties) {
		this.classLoader = classLoader;
		this.classNames = classNames;
		this.properties = properties;
	}

	/**
	 * Compile entities.
	 * @param classes the classes, without package and imports
	 * @return the model
	 */
	public static EntityModel of(String classes) {
		return of(classes, Map.of());
	}

	/**
	 * Compile entities configured with Spring properties.
	 * @param classes the classes, without package and imports
	 * @param properties such as
	 * {@code spring.jpa.properties.hibernate.type.preferred_uuid_jdbc_type}
	 * @return the model
	 */
	public static EntityModel of(String classes, Map<String, Object> properties) {
		List<String> names = new ArrayList<>();
		Matcher matcher = TYPE.matcher(classes);
		while (matcher.find()) {
			names.add("model." + matcher.group(1));
		}
		if (names.isEmpty()) {
			throw new IllegalArgumentException("No class in:\n" + classes);
		}
		ClassLoader loader = InMemoryJavaCompiler.compile(names.get(0), IMPORTS + classes).getClassLoader();
		List<String> managed = names.stream().filter((name) -> isManaged(load(name, loader))).toList();
		return new EntityModel(loader, managed, Map.copyOf(properties));
	}

	private static Class<?> load(String name, ClassLoader loader) {
		try {
			return Class.forName(name, false, loader);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isManaged(Class<?> type) {
		return MANAGED.stream().anyMatch(type::isAnnotationPresent);
	}

	/**
	 * The loader of the compiled classes.
	 * @return the loader
	 */
	public ClassLoader classLoader() {
		return this.classLoader;
	}

	/**
	 * The managed types of the model, as Spring Boot would scan them.
	 * @return the types
	 */
	public PersistenceManagedTypes managedTypes() {
		return PersistenceManagedTypes.of(this.classNames, List.of());
	}

	/**
	 * The Spring properties of the application.
	 * @return the properties
	 */
	public Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * The model source of an application with these entities and properties.
	 * @return the source
	 */
	public JpaModelSource source() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setClassLoader(this.classLoader);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("model", this.properties));
		context.registerBean(PersistenceManagedTypes.class, this::managedTypes);
		context.refresh();
		return new JpaModelSource(JpaSchemaGenerator.of(context));
	}

}
