package dev.migrate.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * A process to run: its arguments and the environment variables to add.
 *
 * @param arguments the program and its arguments
 * @param environment variables added to this process's environment
 */
public record Command(List<String> arguments, Map<String, String> environment) {

	/**
	 * The command as a shell would show it.
	 * @return the arguments joined by spaces
	 */
	public String display() {
		return String.join(" ", this.arguments);
	}

}
