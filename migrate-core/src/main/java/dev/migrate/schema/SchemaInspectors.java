package dev.migrate.schema;

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

}
