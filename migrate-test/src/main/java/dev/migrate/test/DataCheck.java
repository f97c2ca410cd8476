package dev.migrate.test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

import dev.migrate.MigrateException;
import dev.migrate.runtime.Migrator;

/**
 * A database at a revision in a test of a data migration (see {@link MigrationData}):
 * seed it, move it to another revision, assert on its rows. Each step returns this check,
 * so a test reads as given, when, then.
 */
public final class DataCheck {

	private final Migrator migrator;

	private final DataSource dataSource;

	private String revision;

	DataCheck(Migrator migrator, DataSource dataSource, String revision) {
		this.migrator = migrator;
		this.dataSource = dataSource;
		this.revision = revision;
	}

	/**
	 * An expected row, its values in the order of the query's columns. Numbers equal
	 * numbers of the same value whatever their type, so {@code 1} matches a
	 * {@code BIGINT} 1.
	 * @param values the values, {@code null} for SQL NULL
	 * @return the row
	 */
	public static List<@Nullable Object> row(@Nullable Object... values) {
		return Collections.unmodifiableList(Arrays.asList(values));
	}

	/**
	 * Run SQL statements, such as inserts that seed rows.
	 * @param statements the statements, one each
	 * @return this check
	 * @throws AssertionError when a statement fails, naming it and the revision
	 */
	public DataCheck sql(String... statements) {
		for (String sql : statements) {
			withConnection(sql, (connection) -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
				return null;
			});
		}
		return this;
	}

	/**
	 * Insert a row.
	 * @param table the table
	 * @param values the row's values by column name; a {@link java.util.LinkedHashMap}
	 * keeps the columns in order
	 * @return this check
	 * @throws AssertionError when the insert fails, naming the table and the revision
	 */
	public DataCheck insert(String table, Map<String, ? extends @Nullable Object> values) {
		List<String> columns = new ArrayList<>(values.keySet());
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		withConnection(sql, (connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < columns.size(); i++) {
					statement.setObject(i + 1, values.get(columns.get(i)));
				}
				statement.executeUpdate();
			}
			return null;
		});
		return this;
	}

	/**
	 * Upgrade the database, running the data migrations on the rows it has.
	 * @param target a revision expression, such as an id, {@code +1} or {@code heads}
	 * @return this check
	 * @throws AssertionError when the upgrade fails, naming the revision
	 */
	public DataCheck upgradeTo(String target) {
		return move("upgrade", target, () -> this.migrator.upgrade(target));
	}

	/**
	 * Downgrade the database, running the downgrades on the rows it has.
	 * @param target a revision expression, such as an id, {@code -1} or {@code base}
	 * @return this check
	 * @throws AssertionError when the downgrade fails, naming the revision
	 */
	public DataCheck downgradeTo(String target) {
		return move("downgrade", target, () -> this.migrator.downgrade(target));
	}

	/**
	 * Assert that a query returns exactly the expected rows, in order.
	 * @param query the query, with an {@code ORDER BY} when it returns several rows
	 * @param expected the rows, made with {@link #row(Object...)}
	 * @return this check
	 * @throws AssertionFailedError when the rows differ, listing both
	 */
	@SafeVarargs
	public final DataCheck expectRows(String query, List<? extends @Nullable Object>... expected) {
		List<List<@Nullable Object>> actual = rows(query);
		List<String> actualLines = actual.stream().map(DataCheck::describe).toList();
		List<String> expectedLines = Arrays.stream(expected).map(DataCheck::describe).toList();
		if (!matches(actual, Arrays.asList(expected))) {
			throw new AssertionFailedError("At " + this.revision + ", '" + query + "' returned\n" + lines(actualLines)
					+ "\nbut expected\n" + lines(expectedLines), String.join("\n", expectedLines),
					String.join("\n", actualLines));
		}
		return this;
	}

	/**
	 * The rows of a query, for assertions of one's own.
	 * @param query the query
	 * @return the rows, each with its values in the order of the columns
	 * @throws AssertionError when the query fails, naming it and the revision
	 */
	public List<List<@Nullable Object>> rows(String query) {
		return withConnection(query, (connection) -> {
			try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
				int columns = result.getMetaData().getColumnCount();
				List<List<@Nullable Object>> rows = new ArrayList<>();
				while (result.next()) {
					List<@Nullable Object> row = new ArrayList<>(columns);
					for (int i = 1; i <= columns; i++) {
						row.add(result.getObject(i));
					}
					rows.add(Collections.unmodifiableList(row));
				}
				return rows;
			}
		});
	}

	private DataCheck move(String direction, String target, Runnable migration) {
		try {
			migration.run();
		}
		catch (MigrateException ex) {
			throw new AssertionFailedError(
					"The " + direction + " from " + this.revision + " to " + target + " fails: " + ex.getMessage(), ex);
		}
		this.revision = target;
		return this;
	}

	private static boolean matches(List<List<@Nullable Object>> actual, List<? extends List<?>> expected) {
		if (actual.size() != expected.size()) {
			return false;
		}
		for (int i = 0; i < actual.size(); i++) {
			List<@Nullable Object> actualRow = actual.get(i);
			List<?> expectedRow = expected.get(i);
			if (actualRow.size() != expectedRow.size()) {
				return false;
			}
			for (int j = 0; j < actualRow.size(); j++) {
				if (!sameValue(actualRow.get(j), expectedRow.get(j))) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean sameValue(@Nullable Object actual, @Nullable Object expected) {
		if (actual instanceof Number number && expected instanceof Number other) {
			return new BigDecimal(number.toString()).compareTo(new BigDecimal(other.toString())) == 0;
		}
		return (actual == null) ? expected == null : actual.equals(expected);
	}

	private static String describe(List<?> row) {
		return row.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
	}

	private static String lines(List<String> lines) {
		return lines.isEmpty() ? "  (no rows)"
				: lines.stream().map((line) -> "  " + line).collect(Collectors.joining("\n"));
	}

	private <T> T withConnection(String sql, ConnectionWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new AssertionFailedError("At " + this.revision + ", '" + sql + "' fails: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface ConnectionWork<T> {

		@Nullable T run(Connection connection) throws SQLException;

	}

}
