package dev.migrate.schema;

/**
 * Why a schema change may hurt: flags for the safety analysis and for the comment of the
 * generated revision.
 */
public enum Hazard {

	/** The change drops a table or column, and the data in it. */
	DROPS_DATA("drops data"),

	/** The new type holds less than the old one, so values may be cut or rejected. */
	NARROWS_TYPE("narrows the type"),

	/**
	 * The change requires a value in every existing row: {@code NOT NULL} without default
	 * on a table that may have rows, so it fails where one is missing.
	 */
	REQUIRES_VALUES("fails on rows without a value");

	private final String description;

	Hazard(String description) {
		this.description = description;
	}

	/**
	 * What the hazard means, for a comment.
	 * @return a few words
	 */
	public String description() {
		return this.description;
	}

}
