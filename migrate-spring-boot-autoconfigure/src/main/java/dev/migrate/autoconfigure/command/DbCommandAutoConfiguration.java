package dev.migrate.autoconfigure.command;

import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.command.DbCommandLine;
import dev.migrate.command.DbCommands;
import dev.migrate.command.RevisionFiles;
import dev.migrate.runtime.Migrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Auto-configuration for the {@code db} commands: the {@link DbCommandLine} that a
 * one-shot start ({@code java -jar app.jar db <command>}, see
 * {@link OneShotCommandRunListener}) runs, and the {@code db} command of Spring Shell
 * when it is on the classpath.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class,
		beforeName = "org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration")
@ConditionalOnBean(Migrator.class)
public final class DbCommandAutoConfiguration {

	/** The first argument of a one-shot command, and the command's name in the shell. */
	static final String COMMAND_NAME = "db";

	@Bean
	@ConditionalOnMissingBean
	DbCommandLine dbCommandLine(ObjectProvider<Migrator> migrator, MigrateProperties properties,
			ApplicationContext context) {
		return new DbCommandLine(() -> {
			Migrator target = migrator.getObject();
			return new DbCommands(target, revisionFiles(properties),
					() -> schemaComparison(target, properties.getModel(), context));
		});
	}

	/**
	 * The comparison of {@code db check} and {@code db migrate}: the application's model
	 * against its revisions, in shadow databases (see
	 * {@link ApplicationShadowDatabases}).
	 */
	private static SchemaComparison schemaComparison(Migrator migrator, MigrateProperties.Model model,
			ApplicationContext context) {
		ShadowDatabases shadows = ApplicationShadowDatabases.of(migrator.dataSource(), migrator.dialect(),
				model.getShadowUrl());
		return new SchemaComparison(migrator, ModelSources.of(model, context), shadows, migrator.dialect(),
				model.getSchemas());
	}

	static RevisionFiles revisionFiles(MigrateProperties properties) {
		MigrateProperties.Revisions revisions = properties.getRevisions();
		return new RevisionFiles(Path.of(revisions.getJavaDirectory()), revisions.getJavaPackage(),
				Path.of(revisions.getSqlDirectory()), "migrate.revisions.java-directory",
				"migrate.revisions.sql-directory");
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(CommandParser.class)
	static class ShellCommandConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "dbShellCommand")
		DbShellCommand dbShellCommand(DbCommandLine commandLine, ObjectProvider<Migrator> migrator) {
			DbShellCommand command = new DbShellCommand(commandLine);
			command.setCompletionProvider(
					new RevisionCompletionProvider(commandLine.commandNames(), () -> migrator.getObject().graph()));
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

		/**
		 * Replaces Spring Shell's JLine completer, which this configuration precedes;
		 * lazy since the command registry exists only where Spring Shell's
		 * auto-configuration runs, which is also where the completer is asked for.
		 */
		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(CommandCompleter.class)
		static class JLineCompletionConfiguration {

			@Bean
			@Lazy
			@ConditionalOnMissingBean
			CommandCompleter dbCommandCompleter(CommandRegistry commandRegistry) {
				return new DbCommandCompleter(commandRegistry);
			}

		}

	}

}
