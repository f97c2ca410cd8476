package dev.migrate.autoconfigure.command;

import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Completes the JLine input of the {@code db} command with its completion provider at
 * every word after {@code db}, and any other input as Spring Shell does. Spring Shell
 * 4.0.1's {@link CommandCompleter} finds a command only while nothing but its name is
 * typed, so {@code db down} and {@code db downgrade 5d} would complete nothing.
 *
 * @since 0.1.0
 */
public class DbCommandCompleter extends CommandCompleter {

	private final CommandRegistry commandRegistry;

	/**
	 * Create a new {@link DbCommandCompleter} instance.
	 * @param commandRegistry the command registry
	 */
	public DbCommandCompleter(CommandRegistry commandRegistry) {
		super(commandRegistry);
		this.commandRegistry = commandRegistry;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words();
		Command command = this.commandRegistry.getCommandByName(DbCommandAutoConfiguration.COMMAND_NAME);
		if (command == null || words.size() < 2 || !command.getName().equals(words.get(0))) {
			super.complete(reader, line, candidates);
			return;
		}
		CompletionContext context = new CompletionContext(words, line.wordIndex(), line.wordCursor(), command, null);
		for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
			candidates.add(new Candidate(proposal.value(), proposal.displayText(), proposal.category(),
					proposal.description(), null, null, proposal.complete(), 0));
		}
	}

}
