package dev.migrate.ops;

/**
 * When a deferrable constraint is checked (PostgreSQL): a transaction can defer it with
 * {@code SET CONSTRAINTS ... DEFERRED} either way.
 */
public enum Deferrable {

	/**
	 * {@code DEFERRABLE INITIALLY IMMEDIATE}: checked after each statement by default.
	 */
	INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),

	/** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit by default. */
	INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

	private final String sql;

	Deferrable(String sql) {
		this.sql = sql;
	}

	/**
	 * The clause in SQL.
	 * @return the clause
	 */
	public String sql() {
		return this.sql;
	}

}
