package dev.migrate.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The schemas a database has, to find a schema named as a user writes it: as stored or,
 * when only one matches without regard to case, in the case the database stores it
 * ({@code audit} finds H2's {@code AUDIT}).
 */
final class StoredSchemas {

	private final List<String> names;

	private StoredSchemas(List<String> names) {
		this.names = names;
	}

	/**
	 * Read the schemas of a database.
	 * @param connection the connection to read through; it is left open
	 * @return the schemas
	 */
	static StoredSchemas of(Connection connection) {
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> names = names(metaData.getSchemas(), "TABLE_SCHEM");
			return new StoredSchemas(names.isEmpty() ? names(metaData.getCatalogs(), "TABLE_CAT") : names);
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("list the schemas of the database", null, ex);
		}
	}

	/**
	 * The names in a result set of the metadata, which it closes; MariaDB reports its
	 * databases, its schemas, as catalogs.
	 */
	private static List<String> names(ResultSet result, String column) throws SQLException {
		List<String> names = new ArrayList<>();
		try (result) {
			while (result.next()) {
				names.add(result.getString(column));
			}
		}
		return names;
	}

	/**
	 * The schema a written name stands for.
	 * @param written the name as written
	 * @return the name as stored, or {@code null} when the database has no such schema
	 */
	@Nullable String find(String written) {
		if (this.names.contains(written)) {
			return written;
		}
		List<String> matches = this.names.stream()
			.filter((name) -> name.toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT)))
			.toList();
		return (matches.size() == 1) ? matches.get(0) : null;
	}

}
