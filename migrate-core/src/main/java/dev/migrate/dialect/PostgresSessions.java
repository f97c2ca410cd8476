package dev.migrate.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Describes PostgreSQL sessions for operators from {@code pg_stat_activity} (aliased
 * {@code a}).
 */
final class PostgresSessions {

	/** The columns {@link #describe(ResultSet)} reads, in order. */
	static final String COLUMNS = "a.pid, a.usename, a.application_name, a.state, a.query_start, a.query";

	private PostgresSessions() {
	}

	static String describe(ResultSet row) throws SQLException {
		return "PostgreSQL backend pid " + row.getInt(1) + " (user " + row.getString(2) + ", application '"
				+ row.getString(3) + "', state " + row.getString(4) + ", query started " + row.getString(5)
				+ ", query: " + row.getString(6) + ")";
	}

}
