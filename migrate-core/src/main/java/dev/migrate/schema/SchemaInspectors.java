package dev.migrate.schema;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.UnknownDatabaseException;

/**
 * The {@link SchemaInspector} of each built-in dialect.
 */
public final class SchemaInspectors {

	private SchemaInspectors() {
	}

	/**
	 * The inspector for the database of a dialect.
	 * @param dialect the dialect
	 * @return the inspector
	 * @throws UnknownDatabaseException when no inspector reads that dialect's database
	 */
	public static SchemaInspector forDialect(Dialect dialect) {
		return switch (dialect.name()) {
			case "postgresql" -> new PostgresSchemaInspector();
			case "mariadb" -> new MariaDbSchemaInspector();
			case "h2" -> new H2SchemaInspector();
			default -> throw new UnknownDatabaseException("No schema inspector reads the database of dialect '"
					+ dialect.name() + "'; inspectors exist for postgresql, mariadb and h2");
		};
	}

	/**
	 * The inspector for the database of a dialect that reads the connection's schema and
	 * others into one model, naming the objects of the others {@code schema.name}.
	 * @param dialect the dialect
	 * @param otherSchemas the other schemas; none for the connection's schema only
	 * @return the inspector
	 * @throws UnknownDatabaseException when no inspector reads that dialect's database
	 * @throws MigrateException when other schemas are listed for MariaDB, where a schema
	 * is a database of the server
	 */
	public static SchemaInspector forDialect(Dialect dialect, List<String> otherSchemas) {
		SchemaInspector inspector = forDialect(dialect);
		if (otherSchemas.isEmpty()) {
			return inspector;
		}
		if (dialect.name().equals("mariadb")) {
			throw new MigrateException("Other schemas (" + String.join(", ", otherSchemas)
					+ ") cannot be compared on MariaDB: there a schema is a database of the server, which the"
					+ " throwaway shadow databases cannot hold; keep the model in the connection's database and"
					+ " leave migrate.model.schemas empty");
		}
		return new MultiSchemaInspector(inspector, otherSchemas, dialect.name().equals("h2"));
	}

}
