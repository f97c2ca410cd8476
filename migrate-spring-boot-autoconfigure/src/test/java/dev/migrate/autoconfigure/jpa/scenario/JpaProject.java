package dev.migrate.autoconfigure.jpa.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.autogenerate.ShadowDatabase;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.command.DbCommandLine;
import dev.migrate.command.DbCommands;
import dev.migrate.command.RevisionFiles;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.Migrator;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.TestDatabase;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project whose model is JPA entities and whose revisions are SQL files in a directory,
 * run against one database the way one-shot commands run: each {@link #run command}
 * builds a fresh migrator and takes the desired schema from the entities it is given.
 */
public final class JpaProject {

	private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done\n");

	private final TestDatabase database;

	private final Path revisions;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/**
	 * Create a project.
	 * @param database the database the commands work on
	 * @param revisions the directory of the SQL revisions
	 */
	public JpaProject(TestDatabase database, Path revisions) {
		this.database = database;
		this.revisions = revisions;
	}

	/**
	 * Run a {@code db} command with the entities of a model.
	 * @param model the entities
	 * @param arguments the command and its arguments, such as {@code check}
	 * @return the exit status
	 */
	public int run(EntityModel model, String... arguments) {
		this.out.reset();
		this.err.reset();
		DbCommandLine commandLine = new DbCommandLine(() -> {
			Migrator migrator = migrator();
			RevisionFiles files = new RevisionFiles(this.revisions.resolve("java"), "db.migrations", this.revisions);
			return new DbCommands(migrator, files,
					() -> new SchemaComparison(migrator, model.source(), shadows(), dialect()));
		});
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	/**
	 * What the last command printed.
	 * @return the output
	 */
	public String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * What the last command printed as errors.
	 * @return the errors
	 */
	public String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Both outputs of the last command, for assertion messages.
	 * @return the output and the errors
	 */
	public String output() {
		return out() + err();
	}

	/**
	 * The revision file the last {@code db migrate} wrote.
	 * @return the file
	 */
	public Path writtenRevision() {
		Matcher generated = GENERATED.matcher(out());
		assertThat(generated.find()).as("a revision was written:\n" + output()).isTrue();
		return Path.of(generated.group(1));
	}

	/**
	 * The revision files, sorted by name.
	 * @return the files
	 */
	public List<Path> revisionFiles() {
		try (Stream<Path> files = Files.list(this.revisions)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The schema of the database, without migrate's tables.
	 * @return the schema
	 */
	public SchemaModel inspect() {
		try (Connection connection = this.database.openConnection()) {
			return SchemaInspectors.forDialect(dialect()).inspect(connection, null, migrator().ownTables());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Migrator migrator() {
		return Migrator.configure().dataSource(this.database.dataSource()).locations("file:" + this.revisions).load();
	}

	/**
	 * The schema Hibernate creates for a model on this database's server, inspected.
	 * @param model the entities
	 * @return the schema
	 */
	public SchemaModel schemaOf(EntityModel model) {
		try (ShadowDatabase shadow = shadows().create(); Connection connection = shadow.dataSource().getConnection()) {
			model.source().create(shadow, dialect());
			return SchemaInspectors.forDialect(dialect()).inspect(connection, null, migrator().ownTables());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Start a Spring Boot application with the model's entities and
	 * {@code spring.jpa.hibernate.ddl-auto=validate} on the database, and assert that it
	 * starts.
	 * @param model the entities
	 */
	public void assertValidates(EntityModel model) {
		new ApplicationContextRunner().withClassLoader(model.classLoader())
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
			.withBean(PersistenceManagedTypes.class, model::managedTypes)
			.withPropertyValues("spring.datasource.url=" + this.database.url(),
					"spring.datasource.username=" + this.database.username(),
					"spring.datasource.password=" + this.database.password(), "spring.jpa.hibernate.ddl-auto=validate")
			.withPropertyValues(model.properties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new))
			.run((context) -> assertThat(context).hasNotFailed());
	}

	/**
	 * The dialect of the database.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return Dialects.byName(this.database.kind().name().toLowerCase(Locale.ROOT));
	}

	/**
	 * The database.
	 * @return the database
	 */
	public TestDatabase database() {
		return this.database;
	}

	private ShadowDatabases shadows() {
		return new ShadowDatabases(this.database.url(),
				(url) -> new DriverManagerDataSource(url, this.database.username(), this.database.password()),
				dialect());
	}

}
