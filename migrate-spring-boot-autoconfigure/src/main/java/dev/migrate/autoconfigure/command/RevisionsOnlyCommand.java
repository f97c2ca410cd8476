package dev.migrate.autoconfigure.command;

import java.io.PrintStream;
import java.util.List;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.MigratorConfigurer;
import dev.migrate.command.DbCommandLine;
import dev.migrate.command.DbCommands;
import dev.migrate.runtime.Migrator;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Answers a one-shot command that reads only the revisions ({@code heads},
 * {@code branches}, {@code show}, and {@code history} without {@code -v}, {@code -i} or
 * {@code current}) from the prepared environment, without building an application
 * context: the {@code migrate.*} properties come from the application's configuration
 * files, profiles, environment variables, system properties and arguments, and the
 * revisions are read through the application's class loader.
 * <p>
 * No bean is consulted: a {@code MigrateConfigurationCustomizer} that changes where the
 * revisions are found is not applied. Such an application sets
 * {@value #PROPERTY}{@code =false}, and these commands build the context as the others
 * do. With {@code migrate.enabled=false} they do too, and say that migrate is off.
 */
final class RevisionsOnlyCommand {

	/**
	 * The property that, set to {@code false}, makes every one-shot command build the
	 * context.
	 */
	static final String PROPERTY = "migrate.one-shot.revisions-from-environment";

	private final ConfigurableEnvironment environment;

	private final ClassLoader classLoader;

	private RevisionsOnlyCommand(ConfigurableEnvironment environment, ClassLoader classLoader) {
		this.environment = environment;
		this.classLoader = classLoader;
	}

	/**
	 * Return the command line that answers a command from the environment, or
	 * {@code null} when the command needs the context.
	 * @param environment the prepared environment
	 * @param classLoader the application's class loader
	 * @param command the command and its arguments
	 * @return the command line
	 */
	static @Nullable DbCommandLine commandLine(ConfigurableEnvironment environment, ClassLoader classLoader,
			List<String> command) {
		if (!environment.getProperty(PROPERTY, Boolean.class, true)
				|| !environment.getProperty("migrate.enabled", Boolean.class, true)) {
			return null;
		}
		RevisionsOnlyCommand revisionsOnly = new RevisionsOnlyCommand(environment, classLoader);
		DbCommandLine commandLine = new DbCommandLine(revisionsOnly::commands);
		return commandLine.readsOnlyRevisions(command) ? commandLine : null;
	}

	/**
	 * The commands, on the {@code migrate.*} properties bound when a command runs, so
	 * that a setting that does not bind is reported like any failure to start.
	 */
	private DbCommands commands() {
		MigrateProperties properties = Binder.get(this.environment)
			.bind("migrate", MigrateProperties.class)
			.orElseGet(MigrateProperties::new);
		Migrator migrator = MigratorConfigurer.configure(properties, Migrator.configure().classLoader(this.classLoader))
			.load();
		return new DbCommands(migrator, DbCommandAutoConfiguration.revisionFiles(properties));
	}

	/**
	 * Run a command on a command line from {@link #commandLine}.
	 * @param commandLine the command line
	 * @param command the command and its arguments
	 * @return the exit status
	 */
	static int run(DbCommandLine commandLine, List<String> command) {
		PrintStream out = new PrintStream(System.out, true);
		try {
			return commandLine.run(command, out, System.err);
		}
		finally {
			out.flush();
		}
	}

}
