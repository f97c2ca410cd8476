package dev.migrate.graph;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One revision of the graph: its id, the revisions it revises and the metadata users see.
 *
 * @param id the revision id, unique in the graph
 * @param parents the ids this revision revises: none for a base, several for a merge
 * @param branchLabels the branch labels this revision declares
 * @param dependsOn revisions or branch labels that must be applied first, without joining
 * their branch
 * @param message the one-line description
 * @param created when the revision was created, if known
 * @param source where the revision was loaded from (a file or class), for messages
 */
public record Revision(String id, List<String> parents, List<String> branchLabels, List<String> dependsOn,
		String message, @Nullable LocalDateTime created, String source) {

	/**
	 * The longest revision id or branch label: the width of the version table's column.
	 */
	public static final int MAX_ID_LENGTH = 128;

	public Revision {
		Objects.requireNonNull(id, "id");
		parents = List.copyOf(parents);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(source, "source");
	}

	/**
	 * Create a revision with only an id and its parents, for graphs built in code.
	 * @param id the revision id
	 * @param parents the ids it revises
	 * @return the revision
	 */
	public static Revision of(String id, String... parents) {
		return new Revision(id, List.of(parents), List.of(), List.of(), "", null, id);
	}

	/**
	 * Return whether this revision has no parents.
	 * @return whether this is a base revision
	 */
	public boolean isBase() {
		return this.parents.isEmpty();
	}

	/**
	 * Return whether this revision joins several parents.
	 * @return whether this is a merge revision
	 */
	public boolean isMerge() {
		return this.parents.size() > 1;
	}

	/**
	 * Return a copy with the given branch labels.
	 * @param labels the branch labels
	 * @return the copy
	 */
	public Revision withBranchLabels(String... labels) {
		return new Revision(this.id, this.parents, List.of(labels), this.dependsOn, this.message, this.created,
				this.source);
	}

	/**
	 * Return a copy with the given dependencies.
	 * @param dependencies revision ids or branch labels
	 * @return the copy
	 */
	public Revision withDependsOn(String... dependencies) {
		return new Revision(this.id, this.parents, this.branchLabels, List.of(dependencies), this.message, this.created,
				this.source);
	}

	/**
	 * Return a copy with the given message.
	 * @param message the message
	 * @return the copy
	 */
	public Revision withMessage(String message) {
		return new Revision(this.id, this.parents, this.branchLabels, this.dependsOn, message, this.created,
				this.source);
	}

}
