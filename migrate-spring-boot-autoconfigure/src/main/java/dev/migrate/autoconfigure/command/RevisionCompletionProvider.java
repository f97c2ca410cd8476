package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Completes {@code db} input: the command names after {@code db}, then revision ids (with
 * their messages), branch labels and the symbols {@code head}, {@code heads} and
 * {@code base}.
 *
 * @since 0.1.0
 */
public class RevisionCompletionProvider implements CompletionProvider {

	private final List<String> commands;

	private final Supplier<RevisionGraph> graph;

	/**
	 * Create a new {@link RevisionCompletionProvider} instance.
	 * @param commands the command names
	 * @param graph supplies the revision graph
	 */
	public RevisionCompletionProvider(List<String> commands, Supplier<RevisionGraph> graph) {
		this.commands = List.copyOf(commands);
		this.graph = graph;
	}

	@Override
	public List<CompletionProposal> apply(CompletionContext context) {
		String prefix = context.currentWordUpToCursor();
		List<CompletionProposal> proposals = new ArrayList<>();
		boolean commandName = context.getWords().size() <= 2 && context.getWordIndex() <= 1;
		if (commandName) {
			this.commands.forEach((name) -> add(proposals, prefix, name, null));
			return proposals;
		}
		RevisionGraph graph = this.graph.get();
		List.of("head", "heads", "base").forEach((symbol) -> add(proposals, prefix, symbol, null));
		for (Revision revision : graph.revisions()) {
			add(proposals, prefix, revision.id(), revision.message());
			revision.branchLabels().forEach((label) -> add(proposals, prefix, label + "@head", null));
		}
		return proposals;
	}

	private static void add(List<CompletionProposal> proposals, String prefix, String value, String description) {
		if (value.startsWith(prefix)) {
			CompletionProposal proposal = new CompletionProposal(value);
			proposals.add((description != null) ? proposal.description(description) : proposal);
		}
	}

}
