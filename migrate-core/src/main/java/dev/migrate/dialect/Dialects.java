package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.migrate.MigrateException;

/**
 * The built-in dialects, and the ways to pick one.
 */
public final class Dialects {

	private static final List<Dialect> BUILT_IN = List.of(new PostgresDialect(), new H2Dialect(), new MariaDbDialect());

	private Dialects() {
	}

	/**
	 * The built-in dialects: PostgreSQL, H2 and MariaDB.
	 * @return the dialects
	 */
	public static List<Dialect> builtIn() {
		return BUILT_IN;
	}

	/**
	 * The dialect with the given name.
	 * @param name the name, such as {@code postgresql}
	 * @return the dialect
	 * @throws UnknownDatabaseException when no built-in dialect has the name
	 */
	public static Dialect byName(String name) {
		return BUILT_IN.stream()
			.filter((dialect) -> dialect.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new UnknownDatabaseException(
					"No dialect is named '" + name + "'; the supported dialects are " + names()));
	}

	/**
	 * The dialect of the database behind a data source, from its product name.
	 * @param dataSource the data source
	 * @return the dialect
	 * @throws UnknownDatabaseException when no built-in dialect matches the database
	 */
	public static Dialect detect(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return detect(connection);
		}
		catch (SQLException ex) {
			throw cannotReadProductName(ex);
		}
	}

	/**
	 * The dialect of the database of an open connection, from its product name. The
	 * connection stays open.
	 * @param connection the connection
	 * @return the dialect
	 * @throws UnknownDatabaseException when no built-in dialect matches the database
	 */
	public static Dialect detect(Connection connection) {
		String productName;
		try {
			productName = connection.getMetaData().getDatabaseProductName();
		}
		catch (SQLException ex) {
			throw cannotReadProductName(ex);
		}
		return BUILT_IN.stream()
			.filter((dialect) -> dialect.matches(productName))
			.findFirst()
			.orElseThrow(() -> new UnknownDatabaseException(
					"No dialect supports database '" + productName + "'; the supported dialects are " + names()));
	}

	private static MigrateException cannotReadProductName(SQLException ex) {
		return new MigrateException("Cannot read the database product name to pick a dialect", ex);
	}

	private static String names() {
		return BUILT_IN.stream().map(Dialect::name).collect(Collectors.joining(", "));
	}

}
