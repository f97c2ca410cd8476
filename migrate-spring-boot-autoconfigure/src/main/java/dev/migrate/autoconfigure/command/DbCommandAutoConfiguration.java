package dev.migrate.autoconfigure.command;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.autogenerate.SchemaFileSource;
import dev.migrate.autogenerate.ShadowDatabases;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.command.DbCommandLine;
import dev.migrate.command.DbCommands;
import dev.migrate.command.RevisionFiles;
import dev.migrate.runtime.Migrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration for the {@code db} commands: a one-shot runner when the application
 * was started as {@code java -jar app.jar db <command>}, and the {@code db} command of
 * Spring Shell when it is on the classpath.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class,
		beforeName = "org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration")
@ConditionalOnBean(Migrator.class)
public final class DbCommandAutoConfiguration {

	private static final List<String> COMMANDS = List.of("upgrade", "downgrade", "stamp", "current", "history", "heads",
			"branches", "show", "revision", "migrate", "check", "merge", "init");

	@Bean
	@ConditionalOnMissingBean
	DbCommandLine dbCommandLine(ObjectProvider<Migrator> migrator, MigrateProperties properties,
			ResourceLoader resourceLoader) {
		return new DbCommandLine(() -> {
			Migrator target = migrator.getObject();
			return new DbCommands(target, revisionFiles(properties),
					() -> schemaComparison(target, properties.getModel(), resourceLoader));
		});
	}

	/**
	 * The comparison of {@code db check} and {@code db migrate}: shadow databases on the
	 * server of {@code migrate.model.shadow-url}, else of the database to migrate, opened
	 * with the credentials of the database to migrate.
	 */
	private static SchemaComparison schemaComparison(Migrator migrator, MigrateProperties.Model model,
			ResourceLoader resourceLoader) {
		DataSource target = migrator.dataSource();
		String serverUrl = (model.getShadowUrl() != null) ? model.getShadowUrl() : urlOf(target);
		ShadowDatabases shadows = new ShadowDatabases(serverUrl,
				(url) -> DataSourceBuilder.derivedFrom(target).type(SimpleDriverDataSource.class).url(url).build(),
				migrator.dialect());
		ModelSource source = switch (model.getSource()) {
			case SCHEMA_FILE -> new SchemaFileSource(model.getSchemaFile(), resourceLoader);
		};
		return new SchemaComparison(migrator, source, shadows, migrator.dialect());
	}

	private static String urlOf(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot read the URL of the database to migrate: " + ex.getMessage(), ex);
		}
	}

	private static RevisionFiles revisionFiles(MigrateProperties properties) {
		MigrateProperties.Revisions revisions = properties.getRevisions();
		return new RevisionFiles(Path.of(revisions.getJavaDirectory()), revisions.getJavaPackage(),
				Path.of(revisions.getSqlDirectory()), "migrate.revisions.java-directory",
				"migrate.revisions.sql-directory");
	}

	@Bean
	@ConditionalOnBooleanProperty(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY)
	DbCommandLineRunner dbCommandLineRunner(DbCommandLine commandLine, ConfigurableApplicationContext context) {
		return new DbCommandLineRunner(commandLine, context, System::exit);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(CommandParser.class)
	static class ShellCommandConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "dbShellCommand")
		DbShellCommand dbShellCommand(DbCommandLine commandLine, ObjectProvider<Migrator> migrator) {
			DbShellCommand command = new DbShellCommand(commandLine);
			command.setCompletionProvider(new RevisionCompletionProvider(COMMANDS, () -> migrator.getObject().graph()));
			return command;
		}

		/**
		 * The parser reaches the command registry only when it parses: the registry
		 * collects every command bean when created, and some of those need the registry.
		 */
		@Bean
		@ConditionalOnMissingBean
		CommandParser dbCommandParser(ObjectProvider<CommandRegistry> commandRegistry) {
			return new DbCommandParser(
					SingletonSupplier.of(() -> new DefaultCommandParser(commandRegistry.getObject())));
		}

	}

}
