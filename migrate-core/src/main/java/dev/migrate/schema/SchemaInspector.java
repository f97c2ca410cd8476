package dev.migrate.schema;

import java.sql.Connection;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * Reads one schema of a live database into a {@link SchemaModel}, from the database's own
 * catalogs. Get the one for a dialect from {@link SchemaInspectors#forDialect}, which
 * also gives one that reads other schemas with the connection's.
 */
public interface SchemaInspector {

	/**
	 * Read the tables, enum types and sequences of a schema. Views are not read.
	 * @param connection the connection to read through; it is left open and unchanged
	 * @param schema the schema (the database on MariaDB), or {@code null} for the
	 * connection's current one
	 * @param excludedTables the tables to leave out, such as migrate's own version and
	 * history tables; matched without regard to case
	 * @return the schema, in which a foreign key to a table of another schema names it
	 * {@code schema.table}
	 * @throws org.springframework.dao.DataAccessException when the catalogs cannot be
	 * read
	 */
	SchemaModel inspect(Connection connection, @Nullable String schema, Collection<String> excludedTables);

}
