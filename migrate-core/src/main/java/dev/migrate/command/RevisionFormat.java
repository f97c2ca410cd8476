package dev.migrate.command;

import java.util.List;
import java.util.Set;

import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

/**
 * Formats revisions as Alembic prints them: the one-line form of {@code heads},
 * {@code history}, {@code current} and {@code branches}, and the verbose entry of
 * {@code -v} and {@code show}.
 */
final class RevisionFormat {

	private final RevisionGraph graph;

	private final Set<String> current;

	RevisionFormat(RevisionGraph graph, Set<String> current) {
		this.graph = graph;
		this.current = current;
	}

	/**
	 * One line: {@code [<parents> [(<depends on>)] -> ]<id>[ (<labels>)]} and the head,
	 * current, branch point and merge point markers, then {@code , <message>}.
	 */
	String line(Revision revision, Options options) {
		StringBuilder text = new StringBuilder();
		if (options.parents()) {
			text.append(parents(revision));
			if (!revision.dependsOn().isEmpty()) {
				text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
			}
			text.append(" -> ");
		}
		text.append(revision.id());
		List<String> labels = this.graph.branchLabels(revision.id());
		if (options.labels() && !labels.isEmpty()) {
			text.append(" (").append(String.join(", ", labels)).append(')');
		}
		appendIf(text, this.graph.isHead(revision.id()), " (head)");
		appendIf(text, this.graph.isEffectiveHead(revision.id()), " (effective head)");
		appendIf(text, this.current.contains(revision.id()), " (current)");
		if (options.treeMarkers()) {
			appendIf(text, this.graph.isBranchPoint(revision.id()), " (branchpoint)");
			appendIf(text, revision.isMerge(), " (mergepoint)");
		}
		if (options.message()) {
			text.append(", ").append(revision.message());
		}
		return text.toString();
	}

	/**
	 * The verbose entry: {@code Rev:}, {@code Parent:} or {@code Merges:}, dependencies,
	 * children of a branch point, labels, where the script is, and its description.
	 */
	String entry(Revision revision, List<String> extraLines) {
		StringBuilder text = new StringBuilder("Rev: ").append(revision.id());
		boolean versionedHead = this.graph.children(revision.id()).isEmpty();
		appendIf(text, versionedHead, " (head)");
		appendIf(text, this.graph.isBranchPoint(revision.id()), " (branchpoint)");
		appendIf(text, revision.isMerge(), " (mergepoint)");
		appendIf(text, this.current.contains(revision.id()), " (current)");
		text.append('\n').append(revision.isMerge() ? "Merges: " : "Parent: ").append(parents(revision)).append('\n');
		if (!revision.dependsOn().isEmpty()) {
			text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		if (this.graph.isBranchPoint(revision.id())) {
			text.append("Branches into: ").append(String.join(", ", this.graph.children(revision.id()))).append('\n');
		}
		if (!this.graph.branchLabels(revision.id()).isEmpty()) {
			text.append("Branch names: ")
				.append(String.join(", ", this.graph.branchLabels(revision.id())))
				.append('\n');
		}
		text.append("Path: ").append(revision.source()).append('\n');
		extraLines.forEach((line) -> text.append(line).append('\n'));
		text.append('\n');
		description(revision).lines().forEach((line) -> text.append("    ").append(line).append('\n'));
		return text.append('\n').toString();
	}

	private static String description(Revision revision) {
		return revision.message() + "\n\nRevision ID: " + revision.id() + "\nRevises: "
				+ String.join(", ", revision.parents()) + "\nCreate Date: "
				+ ((revision.created() != null) ? revision.created().toString() : "");
	}

	private static String parents(Revision revision) {
		return revision.isBase() ? "<base>" : String.join(", ", revision.parents());
	}

	private static void appendIf(StringBuilder text, boolean condition, String marker) {
		if (condition) {
			text.append(marker);
		}
	}

	/**
	 * What a one-line form shows besides the id.
	 *
	 * @param parents whether to lead with {@code <parents> -> }
	 * @param labels whether to show branch labels
	 * @param treeMarkers whether to mark branch points and merge points
	 * @param message whether to end with the message
	 */
	record Options(boolean parents, boolean labels, boolean treeMarkers, boolean message) {

		static final Options CURRENT = new Options(false, false, true, false);

		static final Options HEADS = new Options(false, true, false, false);

		static final Options HISTORY = new Options(true, true, true, true);

		static final Options BRANCH_CHILD = new Options(false, true, true, false);

		Options withMessage(boolean message) {
			return new Options(this.parents, this.labels, this.treeMarkers, message);
		}

	}

}
