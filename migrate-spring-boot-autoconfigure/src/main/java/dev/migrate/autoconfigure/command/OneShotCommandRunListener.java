package dev.migrate.autoconfigure.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.command.DbCommandLine;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns an application started as {@code java -jar app.jar db <command>} into a one-shot
 * command. The context is built from the application's configuration, but with only the
 * auto-configurations the command needs ({@link OneShotAutoConfigurationFilter}), every
 * bean lazy, no lifecycle bean started and no event delivered to the application's
 * listeners ({@link OneShotContextInitializer}); no web server, banner, console log or
 * background pre-initialization. As soon as the context has started, before any
 * {@code ApplicationRunner} or {@code ApplicationStartedEvent} listener, the command
 * runs, the context closes and the process exits with the command's status. A failure to
 * start prints {@code Error: …} on standard error and exits with status 1.
 *
 * @since 0.1.0
 */
public class OneShotCommandRunListener implements SpringApplicationRunListener, Ordered {

	private static final Pattern PROPERTY = Pattern.compile("--[\\w-]+(\\.[\\w\\-\\[\\]]+)+=.*");

	/**
	 * The listener that warms up what a web application uses (Jackson, message
	 * converters, Tomcat) in a thread of its own: work a one-shot command never uses,
	 * competing with it for the processors.
	 */
	private static final String BACKGROUND_PREINITIALIZER = "org.springframework.boot.autoconfigure.preinitialize."
			+ "BackgroundPreinitializingApplicationListener";

	private final SpringApplication application;

	private final @Nullable List<String> command;

	/**
	 * Create a new {@link OneShotCommandRunListener} instance.
	 * @param application the application
	 * @param args the command line arguments
	 */
	public OneShotCommandRunListener(SpringApplication application, String[] args) {
		this.application = application;
		this.command = command(args);
		if (this.command != null) {
			application.setListeners(application.getListeners()
				.stream()
				.filter((listener) -> !listener.getClass().getName().equals(BACKGROUND_PREINITIALIZER))
				.toList());
		}
	}

	/**
	 * Return the command's arguments (after {@code db}, less the {@code --name.x=value}
	 * property settings Spring Boot reads), or {@code null} for a normal start.
	 */
	private static @Nullable List<String> command(String[] args) {
		if (args.length == 0 || !DbCommandAutoConfiguration.COMMAND_NAME.equals(args[0])) {
			return null;
		}
		return Arrays.stream(args).skip(1).filter((argument) -> !PROPERTY.matcher(argument).matches()).toList();
	}

	/**
	 * Settings given as environment variables or system properties win, except the ones
	 * that make the start a one-shot command.
	 */
	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (this.command == null) {
			return;
		}
		Map<String, Object> forced = new LinkedHashMap<>();
		forced.put(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY, "true");
		forced.put("spring.main.web-application-type", "none");
		forced.put("spring.main.banner-mode", "off");
		forced.put("spring.main.log-startup-info", "false");
		environment.getPropertySources().addFirst(new MapPropertySource("migrateOneShotCommand", forced));
		environment.getPropertySources()
			.addLast(new MapPropertySource("migrateOneShotDefaults", Map.of("logging.console.enabled", "false")));
	}

	/**
	 * Answer a command that reads only the revisions from the environment, complete with
	 * the configuration files and profiles once the context is prepared, and exit before
	 * the context is refreshed (see {@link RevisionsOnlyCommand}).
	 */
	private void answerWithoutContext(ConfigurableEnvironment environment, List<String> command) {
		int status;
		try {
			DbCommandLine commandLine = RevisionsOnlyCommand.commandLine(environment, this.application.getClassLoader(),
					command);
			if (commandLine == null) {
				return;
			}
			status = RevisionsOnlyCommand.run(commandLine, command);
		}
		catch (RuntimeException ex) {
			System.err.print(new OneShotFailureMessage(null).describe(ex));
			status = DbCommandLine.FAILURE;
		}
		System.err.flush();
		System.exit(status);
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.command != null) {
			answerWithoutContext(context.getEnvironment(), this.command);
			new OneShotContextInitializer(this.application.getListeners()).initialize(context);
		}
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		List<String> command = this.command;
		if (command == null) {
			return;
		}
		int status = run(context, command);
		try {
			context.close();
		}
		finally {
			System.exit(status);
		}
	}

	private int run(ConfigurableApplicationContext context, List<String> command) {
		PrintStream out = new PrintStream(System.out, true);
		try {
			DbCommandLine commandLine = context.getBeanProvider(DbCommandLine.class).getIfAvailable();
			if (commandLine == null) {
				System.err.println("Error: No database to run db commands on. Configure spring.datasource.url or "
						+ "migrate.url, and leave migrate.enabled on.");
				return DbCommandLine.FAILURE;
			}
			return commandLine.run(command, out, System.err);
		}
		catch (RuntimeException ex) {
			System.err.print(new OneShotFailureMessage(context).describe(ex));
			return DbCommandLine.FAILURE;
		}
		finally {
			out.flush();
		}
	}

	/**
	 * Report a failure to start before Spring Boot would (on standard output), and exit.
	 */
	@Override
	public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
		if (this.command != null) {
			System.err.print(new OneShotFailureMessage(context).describe(exception));
			System.err.flush();
			System.exit(DbCommandLine.FAILURE);
		}
	}

	/**
	 * Run before Spring Boot's own listener, so that logging starts with these settings
	 * and the command runs before {@code ApplicationStartedEvent} is published.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
