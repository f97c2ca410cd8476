package dev.migrate.test;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

import org.springframework.core.io.DefaultResourceLoader;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.SchemaFileSource;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.dialect.Dialect;

/**
 * The application's model that the {@link MigrationCheck#MODEL model check} compares
 * with, and where it builds the model: {@link MigrationTest#schemaFile()} when set; else,
 * in a Spring test with migrate's auto-configuration, the model source the application's
 * {@code migrate.model.*} configuration picks; else {@code classpath:db/schema.sql}. The
 * model is built in a shadow database on the server of the test's database.
 */
final class TestModel {

	private final ModelSource source;

	private final boolean configured;

	private final @Nullable String shadowUrl;

	private final boolean autoConfigured;

	private TestModel(ModelSource source, boolean configured, @Nullable String shadowUrl, boolean autoConfigured) {
		this.source = source;
		this.configured = configured;
		this.shadowUrl = shadowUrl;
		this.autoConfigured = autoConfigured;
	}

	static TestModel of(MigrationSettings settings, @Nullable SpringTestContext spring, ClassLoader classLoader) {
		boolean autoConfigured = AutoConfiguredModel.isPresent(classLoader);
		String shadowUrl = (spring != null) ? spring.property("migrate.model.shadow-url") : null;
		if (settings.schemaFile() != null) {
			return new TestModel(new SchemaFileSource(settings.schemaFile(), new DefaultResourceLoader(classLoader)),
					true, shadowUrl, autoConfigured);
		}
		ModelSource application = (spring != null && autoConfigured)
				? AutoConfiguredModel.modelSource(spring.applicationContext()) : null;
		if (application != null) {
			boolean configured = spring.property("migrate.model.schema-file") != null
					|| spring.property("migrate.model.source") != null;
			return new TestModel(application, configured, shadowUrl, true);
		}
		return new TestModel(
				new SchemaFileSource(SchemaFileSource.DEFAULT_LOCATION, new DefaultResourceLoader(classLoader)), false,
				shadowUrl, autoConfigured);
	}

	/**
	 * The model source, once the application is known to have a model.
	 * @return the source
	 * @throws org.opentest4j.TestAbortedException when no model is configured and the
	 * default schema file does not exist
	 */
	ModelSource requireSource() {
		Assumptions.assumeFalse(!this.configured && this.source instanceof SchemaFileSource file && !file.exists(),
				() -> "No model to compare: " + this.source.describe() + " does not exist and no model is configured;"
						+ " write the schema's DDL there, set @MigrationTest(schemaFile = ...), run the checks in a"
						+ " Spring test of an application with JPA entities, or leave MigrationCheck.MODEL out of"
						+ " @MigrationTest(checks = ...)");
		return this.source;
	}

	/**
	 * Where the model is built: shadow databases on the server of the test's database, in
	 * memory for H2 (a new in-memory database needs no credentials), else opened with the
	 * test database's credentials as {@code db check} opens them.
	 * @param dataSource the test's database
	 * @param dialect its dialect
	 * @return the shadow databases
	 */
	ShadowDatabases shadows(DataSource dataSource, Dialect dialect) {
		if (dialect.name().equals("h2")) {
			return new ShadowDatabases(urlOf(dataSource), TestModel::h2, dialect);
		}
		if (!this.autoConfigured) {
			throw new MigrateException("The model check opens shadow databases on " + dialect.name()
					+ " with Spring Boot's DataSourceBuilder; add migrate-spring-boot-starter to the test class path");
		}
		return AutoConfiguredModel.shadows(dataSource, dialect, this.shadowUrl);
	}

	private static DataSource h2(String url) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url);
		return dataSource;
	}

	private static String urlOf(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot read the URL of the test database: " + ex.getMessage(), ex);
		}
	}

}
