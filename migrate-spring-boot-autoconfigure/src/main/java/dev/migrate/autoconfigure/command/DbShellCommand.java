package dev.migrate.autoconfigure.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrate.command.DbCommandLine;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * The {@code db} command of Spring Shell: {@code db upgrade}, {@code db downgrade -1},
 * {@code db history -v} and the rest, with the same syntax and output as the one-shot
 * command line. {@link DbCommandParser} hands it every word after {@code db} unparsed.
 *
 * @since 0.1.0
 */
public class DbShellCommand extends AbstractCommand {

	private final DbCommandLine commandLine;

	/**
	 * Create a new {@link DbShellCommand} instance.
	 * @param commandLine the commands
	 */
	public DbShellCommand(DbCommandLine commandLine) {
		super(DbCommandAutoConfiguration.COMMAND_NAME,
				"Database migrations: " + String.join(", ", commandLine.commandNames()), "Migrate", commandLine.help(),
				false);
		this.commandLine = commandLine;
	}

	@Override
	public ExitStatus doExecute(CommandContext context) {
		List<String> words = context.parsedInput().arguments().stream().map(CommandArgument::value).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		int status = this.commandLine.run(words, stream, stream);
		context.outputWriter().print(out.toString(StandardCharsets.UTF_8));
		context.outputWriter().flush();
		return switch (status) {
			case DbCommandLine.SUCCESS -> ExitStatus.OK;
			case DbCommandLine.USAGE -> ExitStatus.USAGE_ERROR;
			default -> ExitStatus.EXECUTION_ERROR;
		};
	}

}
