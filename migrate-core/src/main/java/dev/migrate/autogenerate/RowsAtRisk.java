package dev.migrate.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AlterColumn;
import dev.migrate.schema.Hazard;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;

import org.jspecify.annotations.Nullable;

/**
 * Counts, in the database to migrate, the rows on which a change that requires values
 * would fail: all rows of a table that gets a {@code NOT NULL} column without default,
 * and the rows holding {@code NULL} in a column set {@code NOT NULL}. A count is left out
 * where the database cannot be reached or does not have the table or column yet.
 */
final class RowsAtRisk {

	private RowsAtRisk() {
	}

	/**
	 * Count the rows at risk of each change that requires values.
	 * @param database the database to migrate
	 * @param dialect its dialect
	 * @param diff the changes
	 * @return the count of each change it could count
	 */
	static Map<SchemaChange, Long> count(DataSource database, Dialect dialect, SchemaDiff diff) {
		Map<SchemaChange, Long> counts = new LinkedHashMap<>();
		if (diff.changes().stream().noneMatch((change) -> change.hazards().contains(Hazard.REQUIRES_VALUES))) {
			return counts;
		}
		try (Connection connection = database.getConnection()) {
			for (SchemaChange change : diff.changes()) {
				String query = change.hazards().contains(Hazard.REQUIRES_VALUES) ? query(change, dialect) : null;
				Long count = (query != null) ? count(connection, query) : null;
				if (count != null) {
					counts.put(change, count);
				}
			}
		}
		catch (SQLException ex) {
			// not reachable: no counts
		}
		return counts;
	}

	private static @Nullable String query(SchemaChange change, Dialect dialect) {
		if (change.upgrade() instanceof AddColumn add) {
			return "SELECT COUNT(*) FROM " + dialect.quoteQualified(add.table());
		}
		if (change.upgrade() instanceof AlterColumn alter && Boolean.FALSE.equals(alter.nullable())) {
			return "SELECT COUNT(*) FROM " + dialect.quoteQualified(alter.table()) + " WHERE "
					+ dialect.quote(alter.column()) + " IS NULL";
		}
		return null;
	}

	private static @Nullable Long count(Connection connection, String query) {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			return result.next() ? result.getLong(1) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
