package dev.migrate.autoconfigure.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Hibernate's boot {@link Metadata} of the entities, built for a target database with
 * JDBC metadata access switched off, so that Hibernate never opens a connection.
 * Hibernate loads the entity classes with the application's class loader. Close it to
 * release Hibernate's services.
 */
final class EntityMetadata implements AutoCloseable {

	/**
	 * Settings left out of the application's: they would connect to a database, run
	 * schema actions or name another database than the target. Settings that shape the
	 * DDL, such as {@code hibernate.hbm2ddl.default_constraint_mode}, are kept.
	 */
	private static final List<String> IGNORED_PREFIXES = List.of("hibernate.connection.", "hibernate.hbm2ddl.auto",
			"hibernate.hbm2ddl.import_files", "jakarta.persistence.jdbc.", "javax.persistence.jdbc.",
			"jakarta.persistence.schema-generation.", "javax.persistence.schema-generation.",
			"jakarta.persistence.database-", "javax.persistence.database-",
			"jakarta.persistence.sql-load-script-source", "javax.persistence.sql-load-script-source");

	private final StandardServiceRegistry registry;

	private final Metadata metadata;

	private EntityMetadata(StandardServiceRegistry registry, Metadata metadata) {
		this.registry = registry;
		this.metadata = metadata;
	}

	static EntityMetadata build(PersistenceManagedTypes managedTypes, JpaSettings settings, TargetDatabase target,
			@Nullable ClassLoader classLoader) {
		return build(managedTypes, settings, target, classLoader, Map.of());
	}

	/**
	 * The metadata, with Hibernate's connections to a database for the schema tools that
	 * read one, such as the validator. The JDBC metadata is still not read on boot, so
	 * the mapping is the one written for the target.
	 */
	static EntityMetadata connected(PersistenceManagedTypes managedTypes, JpaSettings settings, TargetDatabase target,
			@Nullable ClassLoader classLoader, DataSource dataSource) {
		Map<String, Object> connection = new HashMap<>(currentNamespace(dataSource, settings));
		connection.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
		return build(managedTypes, settings, target, classLoader, connection);
	}

	/**
	 * The catalog and schema the connections work in, as Hibernate's default namespace
	 * where the application sets none. Without JDBC metadata on boot Hibernate knows no
	 * current namespace, and its validator would read the columns of any table of the
	 * same name on the server, such as one in another MariaDB database.
	 */
	private static Map<String, Object> currentNamespace(DataSource dataSource, JpaSettings settings) {
		Map<String, Object> namespace = new HashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			putUnlessSet(namespace, settings, AvailableSettings.DEFAULT_CATALOG, connection.getCatalog());
			putUnlessSet(namespace, settings, AvailableSettings.DEFAULT_SCHEMA, connection.getSchema());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot read the current catalog and schema of the database to validate: " + ex.getMessage(), ex);
		}
		return namespace;
	}

	private static void putUnlessSet(Map<String, Object> namespace, JpaSettings settings, String name,
			@Nullable String value) {
		if (value != null && !settings.hibernateProperties().containsKey(name)) {
			namespace.put(name, value);
		}
	}

	private static EntityMetadata build(PersistenceManagedTypes managedTypes, JpaSettings settings,
			TargetDatabase target, @Nullable ClassLoader classLoader, Map<String, Object> connection) {
		BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder().enableAutoClose();
		if (classLoader != null) {
			bootstrap.applyClassLoader(classLoader);
		}
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap.build())
			.applySettings(hibernateSettings(settings, target))
			.applySettings(connection)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			managedTypes.getManagedClassNames().forEach(sources::addAnnotatedClassName);
			managedTypes.getManagedPackages().forEach(sources::addPackage);
			settings.mappingResources().forEach(sources::addResource);
			return new EntityMetadata(registry, sources.buildMetadata());
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

	private static Map<String, Object> hibernateSettings(JpaSettings settings, TargetDatabase target) {
		Map<String, Object> hibernateSettings = new HashMap<>();
		settings.hibernateProperties().forEach((name, value) -> {
			if (IGNORED_PREFIXES.stream().noneMatch(name::startsWith)) {
				hibernateSettings.put(name, value);
			}
		});
		hibernateSettings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
		hibernateSettings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, target.productName());
		hibernateSettings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, target.productVersion());
		hibernateSettings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION,
				String.valueOf(target.majorVersion()));
		hibernateSettings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION,
				String.valueOf(target.minorVersion()));
		return hibernateSettings;
	}

	Metadata metadata() {
		return this.metadata;
	}

	StandardServiceRegistry registry() {
		return this.registry;
	}

	@Override
	public void close() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

}
