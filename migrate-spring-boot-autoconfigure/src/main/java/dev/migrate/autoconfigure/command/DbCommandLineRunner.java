package dev.migrate.autoconfigure.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import dev.migrate.command.DbCommandLine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Runs the {@code db} command given on the command line, prints its output, closes the
 * application and exits with the command's status, before any other runner starts.
 *
 * @since 0.1.0
 */
public class DbCommandLineRunner implements ApplicationRunner, Ordered {

	/** The first argument that makes a start a one-shot command. */
	public static final String COMMAND = "db";

	private static final Pattern PROPERTY = Pattern.compile("--[\\w-]+(\\.[\\w\\-\\[\\]]+)+=.*");

	private final DbCommandLine commandLine;

	private final ConfigurableApplicationContext context;

	private final IntConsumer exit;

	/**
	 * Create a new {@link DbCommandLineRunner} instance.
	 * @param commandLine the commands
	 * @param context the application context, closed before exiting
	 * @param exit what ends the process with a status, such as {@link System#exit}
	 */
	public DbCommandLineRunner(DbCommandLine commandLine, ConfigurableApplicationContext context, IntConsumer exit) {
		this.commandLine = commandLine;
		this.context = context;
		this.exit = exit;
	}

	/**
	 * Run the command: the arguments after {@code db}, less the {@code --name.x=value}
	 * property settings Spring Boot has already read.
	 */
	@Override
	public void run(ApplicationArguments args) {
		List<String> arguments = Arrays.stream(args.getSourceArgs())
			.skip(1)
			.filter((argument) -> !PROPERTY.matcher(argument).matches())
			.toList();
		int status = this.commandLine.run(arguments, new PrintStream(System.out, true), System.err);
		System.out.flush();
		this.exit.accept(SpringApplication.exit(this.context, () -> status));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
