package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and creates the version and history tables over JDBC. A missing table reads as
 * empty: a database nothing was applied to.
 */
final class VersionStore {

	private final VersionTable versions;

	private final HistoryTable history;

	VersionStore(VersionTable versions, HistoryTable history) {
		this.versions = versions;
		this.history = history;
	}

	VersionTable versions() {
		return this.versions;
	}

	HistoryTable history() {
		return this.history;
	}

	/**
	 * Read the version rows with one query. When the query fails because the table does
	 * not exist, the database is at base; when the table appeared meanwhile (another run
	 * created it), the query runs again.
	 */
	List<String> readRows(Connection connection) throws SQLException {
		try {
			return selectRows(connection);
		}
		catch (SQLException ex) {
			if (!exists(connection, this.versions.name())) {
				return List.of();
			}
			return selectRows(connection);
		}
	}

	private List<String> selectRows(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.versions.selectRows())) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	List<HistoryEntry> readHistory(Connection connection) throws SQLException {
		if (!exists(connection, this.history.name())) {
			return List.of();
		}
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.history.selectAll())) {
			return this.history.read(result, Integer.MAX_VALUE);
		}
	}

	/**
	 * Read the checksum recorded for each revision with one query (the latest row of a
	 * revision wins). A missing history table (a database stamped by another tool) reads
	 * as empty.
	 */
	Map<String, RecordedChecksum> readChecksums(Connection connection) throws SQLException {
		Map<String, RecordedChecksum> checksums = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.history.selectChecksums())) {
			while (result.next()) {
				checksums.put(result.getString(1),
						new RecordedChecksum(result.getString(2), result.getObject(3, OffsetDateTime.class)));
			}
		}
		catch (SQLException ex) {
			if (exists(connection, this.history.name())) {
				throw ex;
			}
		}
		return checksums;
	}

	Optional<HistoryEntry> latest(Connection connection) throws SQLException {
		if (!exists(connection, this.history.name())) {
			return Optional.empty();
		}
		try (Statement statement = connection.createStatement()) {
			statement.setMaxRows(1);
			try (ResultSet result = statement.executeQuery(this.history.selectLatest())) {
				return this.history.read(result, 1).stream().findFirst();
			}
		}
	}

	/**
	 * Create whichever of the two tables does not exist yet, and bring a history table of
	 * an older layout to this one (see {@link HistoryTable#upgrade}), each statement
	 * committed on its own. Runs with the migration lock held.
	 */
	void createMissingTables(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		try {
			createIfMissing(connection, this.versions.name(), this.versions.create());
			if (!createIfMissing(connection, this.history.name(), this.history.create())) {
				upgradeHistory(connection);
			}
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Create a table unless it exists.
	 * @return whether it was created
	 */
	private boolean createIfMissing(Connection connection, TableName table, List<String> create) throws SQLException {
		if (exists(connection, table)) {
			return false;
		}
		JdbcStatementSink sink = new JdbcStatementSink(connection);
		create.forEach(sink::execute);
		return true;
	}

	/**
	 * Bring a history table of an older layout to this one, each statement committed on
	 * its own; nothing when the table does not exist. Runs with the migration lock held.
	 */
	void upgradeHistoryTable(Connection connection) throws SQLException {
		if (exists(connection, this.history.name())) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			try {
				upgradeHistory(connection);
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private void upgradeHistory(Connection connection) throws SQLException {
		Set<String> columns;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.history.selectNoRows())) {
			columns = HistoryTable.columns(result.getMetaData());
		}
		JdbcStatementSink sink = new JdbcStatementSink(connection);
		this.history.upgrade(columns).forEach(sink::execute);
	}

	static boolean exists(Connection connection, TableName table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String schema = (table.schema() != null) ? stored(metaData, table.schema()) : connection.getSchema();
		try (ResultSet tables = metaData.getTables(connection.getCatalog(), schema, stored(metaData, table.name()),
				null)) {
			return tables.next();
		}
	}

	/**
	 * Return an identifier as the database stores it when written without quotes.
	 */
	private static String stored(DatabaseMetaData metaData, String identifier) throws SQLException {
		if (!identifier.matches("[a-z_][a-z0-9_]*")) {
			return identifier;
		}
		if (metaData.storesUpperCaseIdentifiers()) {
			return identifier.toUpperCase(Locale.ROOT);
		}
		return identifier;
	}

}
