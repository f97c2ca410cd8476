package dev.migrate.graph;

/**
 * No revision, unique id prefix or branch label matches an identifier.
 */
public class UnknownRevisionException extends RevisionException {

	private final String identifier;

	/**
	 * Create a new {@link UnknownRevisionException} instance.
	 * @param identifier the identifier that matched nothing
	 * @param detail why it matched nothing and what to do, or an empty string
	 */
	public UnknownRevisionException(String identifier, String detail) {
		super("Can't locate revision identified by '" + identifier + "'" + (detail.isEmpty() ? "" : "; " + detail));
		this.identifier = identifier;
	}

	/**
	 * Return the identifier that matched nothing.
	 * @return the identifier
	 */
	public String getIdentifier() {
		return this.identifier;
	}

}
