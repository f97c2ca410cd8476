package dev.migrate.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;

/**
 * The inspected schema of a database at one moment, comparable with another through the
 * differ, so what the differ cannot tell apart (column order, generated names) is no
 * difference.
 *
 * @param dialect the dialect of the database
 * @param model the schema, without migrate's own tables
 */
record SchemaSnapshot(Dialect dialect, SchemaModel model) {

	static SchemaSnapshot of(DataSource dataSource, Dialect dialect, Collection<String> excludedTables) {
		try (Connection connection = dataSource.getConnection()) {
			return new SchemaSnapshot(dialect,
					SchemaInspectors.forDialect(dialect).inspect(connection, null, excludedTables));
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot inspect the test database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * What it would take to turn this schema into the expected one, one line each.
	 * @param expected the schema this one should equal
	 * @return the differences; empty when the schemas match
	 */
	List<String> differencesTo(SchemaSnapshot expected) {
		SchemaDiff diff = new SchemaDiffer(this.dialect).diff(this.model, expected.model);
		return Stream.concat(diff.changes().stream().map(SchemaChange::description), diff.unsupported().stream())
			.toList();
	}

}
