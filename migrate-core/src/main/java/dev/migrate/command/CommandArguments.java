package dev.migrate.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The arguments of one command, parsed: positional values, flags and options with values.
 * An option takes the next argument as its value even when it starts with a dash
 * ({@code -r -2:} works), or is written {@code --name=value}.
 */
final class CommandArguments {

	private final List<String> positional = new ArrayList<>();

	private final Map<String, List<String>> options = new LinkedHashMap<>();

	private CommandArguments() {
	}

	/**
	 * Parse arguments.
	 * @param arguments the arguments after the command name
	 * @param flags the options that take no value, such as {@code --sql} and {@code -v}
	 * @param valued the options that take a value, such as {@code -m}
	 * @return the parsed arguments
	 * @throws UsageException when an option is unknown or has no value
	 */
	static CommandArguments parse(List<String> arguments, Set<String> flags, Set<String> valued) {
		CommandArguments parsed = new CommandArguments();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			int equals = argument.indexOf('=');
			String name = (argument.startsWith("--") && equals > 0) ? argument.substring(0, equals) : argument;
			if (valued.contains(name)) {
				String value;
				if (name.length() < argument.length()) {
					value = argument.substring(equals + 1);
				}
				else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				}
				else {
					throw new UsageException("Option " + name + " needs a value");
				}
				parsed.options.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			else if (flags.contains(argument)) {
				parsed.options.computeIfAbsent(argument, (key) -> new ArrayList<>());
			}
			else if (argument.startsWith("-") && argument.length() > 1 && !argument.matches("-\\d+")) {
				throw new UsageException("No such option: " + argument);
			}
			else {
				parsed.positional.add(argument);
			}
		}
		return parsed;
	}

	List<String> positional() {
		return this.positional;
	}

	boolean flag(String... names) {
		for (String name : names) {
			if (this.options.containsKey(name)) {
				return true;
			}
		}
		return false;
	}

	@Nullable String value(String... names) {
		List<String> values = values(names);
		return values.isEmpty() ? null : values.get(values.size() - 1);
	}

	List<String> values(String... names) {
		List<String> values = new ArrayList<>();
		for (String name : names) {
			values.addAll(this.options.getOrDefault(name, List.of()));
		}
		return values;
	}

	/**
	 * Wrong use of a command: an unknown command or option, or a missing value.
	 */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
