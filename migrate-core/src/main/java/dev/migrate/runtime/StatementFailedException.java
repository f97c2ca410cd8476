package dev.migrate.runtime;

import java.sql.SQLException;

import dev.migrate.MigrateException;

import org.jspecify.annotations.Nullable;

/**
 * One statement failed on the database.
 */
class StatementFailedException extends MigrateException {

	private final String sql;

	private final @Nullable String location;

	StatementFailedException(String sql, SQLException cause) {
		this(sql, null, cause);
	}

	private StatementFailedException(String sql, @Nullable String location, Throwable cause) {
		super(cause.getMessage(), cause);
		this.sql = sql;
		this.location = location;
	}

	/**
	 * Return a copy that says where in its script the statement stands.
	 * @param location such as {@code line 12 of V1.sql}
	 * @return the copy
	 */
	StatementFailedException at(String location) {
		return new StatementFailedException(this.sql, location, getCause());
	}

	String getSql() {
		return this.sql;
	}

	@Nullable String getLocation() {
		return this.location;
	}

}
