package dev.migrate.ops;

/**
 * What a foreign key does when the referenced row is deleted or updated.
 */
public enum ForeignKeyAction {

	/** Reject the change, checked at the end of the statement. */
	NO_ACTION("NO ACTION"),

	/** Reject the change immediately. */
	RESTRICT("RESTRICT"),

	/** Delete or update the referencing rows too. */
	CASCADE("CASCADE"),

	/** Set the referencing columns to {@code NULL}. */
	SET_NULL("SET NULL"),

	/** Set the referencing columns to their defaults. */
	SET_DEFAULT("SET DEFAULT");

	private final String sql;

	ForeignKeyAction(String sql) {
		this.sql = sql;
	}

	/**
	 * The action as written in SQL, such as {@code SET NULL}.
	 * @return the SQL words
	 */
	public String sql() {
		return this.sql;
	}

}
