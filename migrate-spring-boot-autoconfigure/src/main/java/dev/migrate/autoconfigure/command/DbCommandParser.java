package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Parses shell input so that {@code db} commands reach {@link DbShellCommand} word for
 * word: Spring Shell's own parser would read {@code -1} in {@code db downgrade -1} as an
 * option, and cannot tell flags such as {@code --sql} of sub-commands. Other input goes
 * to the parser this one wraps.
 *
 * @since 0.1.0
 */
public class DbCommandParser implements CommandParser {

	private final Supplier<CommandParser> delegate;

	/**
	 * Create a new {@link DbCommandParser} instance.
	 * @param delegate supplies the parser for every other command when first needed
	 */
	public DbCommandParser(Supplier<CommandParser> delegate) {
		this.delegate = delegate;
	}

	@Override
	public ParsedInput parse(String input) {
		List<String> words = words(input);
		if (words.isEmpty() || !words.get(0).equals(DbCommandAutoConfiguration.COMMAND_NAME)) {
			return this.delegate.get().parse(input);
		}
		ParsedInput.Builder parsed = ParsedInput.builder().commandName(DbCommandAutoConfiguration.COMMAND_NAME);
		for (int i = 1; i < words.size(); i++) {
			parsed.addArgument(new CommandArgument(i - 1, words.get(i)));
		}
		return parsed.build();
	}

	/**
	 * Split input into words on whitespace outside double quotes; quotes group words and
	 * are removed, and {@code \"} stands for a quote.
	 */
	static List<String> words(String input) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		boolean inWord = false;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == '\\' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
				word.append('"');
				inWord = true;
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
				inWord = true;
			}
			else if (Character.isWhitespace(c) && !quoted) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				word.append(c);
				inWord = true;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

}
