package dev.migrate.command;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code db revision} is asked to create.
 *
 * @param message the message
 * @param head the revision to build on: {@code head} by default, {@code base} for a new
 * root, {@code <label>@head} to extend a branch
 * @param splice whether the new revision may branch from a revision that is not a head
 * @param branchLabels branch labels of the new revision
 * @param dependsOn revisions or labels it depends on
 * @param revisionId the id to use instead of a generated one
 * @param format the script format
 */
public record NewRevision(String message, String head, boolean splice, List<String> branchLabels,
		List<String> dependsOn, @Nullable String revisionId, ScriptFormat format) {

	public NewRevision {
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * A revision on the single head, with a generated id.
	 * @param message the message
	 * @param format the script format
	 * @return the request
	 */
	public static NewRevision of(String message, ScriptFormat format) {
		return new NewRevision(message, "head", false, List.of(), List.of(), null, format);
	}

}
