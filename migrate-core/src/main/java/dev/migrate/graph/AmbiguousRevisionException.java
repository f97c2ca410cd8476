package dev.migrate.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A partial revision id matches several revisions.
 */
public class AmbiguousRevisionException extends RevisionException {

	private final String prefix;

	private final List<String> candidates;

	/**
	 * Create a new {@link AmbiguousRevisionException} instance.
	 * @param prefix the partial id
	 * @param candidates the ids it matches
	 */
	public AmbiguousRevisionException(String prefix, List<String> candidates) {
		super("Multiple revisions start with '" + prefix + "': "
				+ candidates.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "))
				+ "; give more characters of the revision id");
		this.prefix = prefix;
		this.candidates = List.copyOf(candidates);
	}

	/**
	 * Return the partial id.
	 * @return the prefix
	 */
	public String getPrefix() {
		return this.prefix;
	}

	/**
	 * Return the ids the prefix matches.
	 * @return the candidates
	 */
	public List<String> getCandidates() {
		return this.candidates;
	}

}
