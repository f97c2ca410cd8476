package dev.migrate.schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs an inspector's catalog queries on the caller's connection, leaving it open.
 */
final class CatalogQueries {

	private final JdbcTemplate jdbc;

	CatalogQueries(Connection connection) {
		this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	void forEachRow(String sql, RowCallbackHandler handler, Object... arguments) {
		this.jdbc.query(sql, handler, arguments);
	}

	@Nullable String queryForString(String sql) {
		return this.jdbc.queryForObject(sql, String.class);
	}

	/**
	 * A text array column as a list.
	 */
	static List<String> strings(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		try {
			return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
		}
		finally {
			array.free();
		}
	}

	/**
	 * A text column that holds {@code null} for none, also when the catalog reports an
	 * empty text.
	 */
	static @Nullable String text(ResultSet row, String column) throws SQLException {
		String value = row.getString(column);
		return (value == null || value.isEmpty()) ? null : value;
	}

}
