package dev.migrate.autoconfigure.jpa;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Writes the DDL that creates the schema of an application's JPA entities, as the
 * application's EntityManagerFactory would map them: the entities Spring Boot finds
 * ({@link PersistenceManagedTypes} bean, {@code @EntityScan}, auto-configuration
 * packages), named and configured as Spring Boot configures Hibernate. Neither the
 * EntityManagerFactory nor a database connection is used: Hibernate writes for the
 * {@link TargetDatabase} it is given.
 */
public final class JpaSchemaGenerator {

	private final ListableBeanFactory beanFactory;

	private final Environment environment;

	private final ResourceLoader resourceLoader;

	/**
	 * A generator reading the entities and settings of an application.
	 * @param beanFactory the application's beans (naming strategies, customizers, managed
	 * types)
	 * @param environment the application's environment ({@code spring.jpa.*})
	 * @param resourceLoader the loader that scans for entities
	 */
	public JpaSchemaGenerator(ListableBeanFactory beanFactory, Environment environment, ResourceLoader resourceLoader) {
		this.beanFactory = beanFactory;
		this.environment = environment;
		this.resourceLoader = resourceLoader;
	}

	/**
	 * A generator reading the entities and settings of an application context.
	 * @param context the application context
	 * @return the generator
	 */
	public static JpaSchemaGenerator of(ApplicationContext context) {
		ListableBeanFactory beanFactory = (context instanceof ConfigurableApplicationContext configurable)
				? configurable.getBeanFactory() : context;
		return new JpaSchemaGenerator(beanFactory, context.getEnvironment(), context);
	}

	/**
	 * The schema of the entities: the DDL that creates it and the renames they declare.
	 * @param target the database to write for
	 * @return the schema
	 * @throws IllegalStateException when the entities or their settings cannot be read,
	 * or a {@code @RenamedFrom} names no table or column
	 */
	public JpaSchema generate(TargetDatabase target) {
		PersistenceManagedTypes managedTypes = JpaManagedTypes.find(this.beanFactory, this.resourceLoader);
		JpaSettings settings = JpaSettings.of(this.environment, this.beanFactory);
		try (EntityMetadata metadata = EntityMetadata.build(managedTypes, settings, target,
				this.resourceLoader.getClassLoader())) {
			return new JpaSchema(CreateStatements.of(metadata), EntityRenames.of(metadata.metadata()),
					JavaInitialValues.of(metadata.metadata()));
		}
	}

	/**
	 * Validate a database with Hibernate's schema validator, as
	 * {@code spring.jpa.hibernate.ddl-auto=validate} does when the application starts,
	 * without the application's EntityManagerFactory.
	 * @param target the database
	 * @param dataSource connections to it
	 * @return what Hibernate finds wrong, such as
	 * {@code Schema validation: missing column [price] in table [item]}, or nothing
	 */
	public Optional<String> validate(TargetDatabase target, DataSource dataSource) {
		PersistenceManagedTypes managedTypes = JpaManagedTypes.find(this.beanFactory, this.resourceLoader);
		JpaSettings settings = JpaSettings.of(this.environment, this.beanFactory);
		try (EntityMetadata metadata = EntityMetadata.connected(managedTypes, settings, target,
				this.resourceLoader.getClassLoader(), dataSource)) {
			return HibernateValidation.of(metadata);
		}
	}

}
