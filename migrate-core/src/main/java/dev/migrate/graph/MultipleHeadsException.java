package dev.migrate.graph;

import java.util.List;

/**
 * A single head was asked for where the graph, or one of its branches, has several.
 */
public class MultipleHeadsException extends RevisionException {

	private final List<String> heads;

	private final String argument;

	/**
	 * Create a new {@link MultipleHeadsException} instance.
	 * @param heads the heads found
	 * @param argument the expression that asked for one head, such as {@code head}
	 */
	public MultipleHeadsException(List<String> heads, String argument) {
		this(heads, argument,
				"Multiple head revisions are present for given argument '" + argument + "'; name one of them, "
						+ Hints.onEachBranch(heads, argument) + ", or 'heads' for all heads (heads: "
						+ String.join(", ", heads) + ")");
	}

	/**
	 * Create a new {@link MultipleHeadsException} instance with a message for the command
	 * that asked for one head.
	 * @param heads the heads found
	 * @param argument the expression that asked for one head
	 * @param message what happened and what to do
	 */
	public MultipleHeadsException(List<String> heads, String argument, String message) {
		super(message);
		this.heads = List.copyOf(heads);
		this.argument = argument;
	}

	/**
	 * Return the heads found.
	 * @return the head ids
	 */
	public List<String> getHeads() {
		return this.heads;
	}

	/**
	 * Return the expression that asked for one head.
	 * @return the argument
	 */
	public String getArgument() {
		return this.argument;
	}

}
