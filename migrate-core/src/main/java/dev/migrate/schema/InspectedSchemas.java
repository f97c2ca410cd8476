package dev.migrate.schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.InspectedColumn;
import dev.migrate.ops.InspectedConstraint;
import dev.migrate.ops.InspectedIndex;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.InspectedTable;

/**
 * Reads the {@link InspectedSchema} that {@code op.inspect()} gives a migration: the
 * dialect's {@link SchemaInspector} on the migration's connection, its model turned into
 * the migration-facing view.
 */
public final class InspectedSchemas {

	private InspectedSchemas() {
	}

	/**
	 * Inspect a schema of a live database.
	 * @param dialect the dialect of the database
	 * @param connection the connection to read through; it is left open and unchanged
	 * @param schema the schema (the database on MariaDB), found as stored or in the case
	 * the database stores it, or {@code null} for the connection's current one
	 * @param excludedTables the tables to leave out, such as migrate's own
	 * @return the schema, empty when the database has no such schema
	 */
	public static InspectedSchema inspect(Dialect dialect, Connection connection, @Nullable String schema,
			Collection<String> excludedTables) {
		String stored = null;
		if (schema != null) {
			stored = StoredSchemas.of(connection).find(schema);
			if (stored == null) {
				return new InspectedSchema(List.of(), List.of(), List.of());
			}
		}
		return of(SchemaInspectors.forDialect(dialect).inspect(connection, stored, excludedTables));
	}

	static InspectedSchema of(SchemaModel model) {
		return new InspectedSchema(model.tables().values().stream().map(InspectedSchemas::table).toList(),
				model.enumTypes().keySet(), model.sequences().keySet());
	}

	private static InspectedTable table(Table table) {
		List<InspectedColumn> columns = table.columns()
			.stream()
			.map((column) -> new InspectedColumn(column.name(), column.type().text(), column.nullable(),
					column.defaultValue(), column.isIdentity()))
			.toList();
		List<InspectedConstraint> constraints = new ArrayList<>();
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null) {
			constraints.add(keyConstraint(primaryKey.name(), ConstraintKind.PRIMARY_KEY, primaryKey.columns()));
		}
		table.uniqueConstraints()
			.forEach(
					(unique) -> constraints.add(keyConstraint(unique.name(), ConstraintKind.UNIQUE, unique.columns())));
		table.foreignKeys()
			.forEach((foreignKey) -> constraints
				.add(new InspectedConstraint(foreignKey.name(), ConstraintKind.FOREIGN_KEY, foreignKey.columns(),
						foreignKey.referencedTable(), foreignKey.referencedColumns(), null)));
		table.checkConstraints()
			.forEach((check) -> constraints.add(new InspectedConstraint(check.name(), ConstraintKind.CHECK, List.of(),
					null, List.of(), check.expression())));
		List<InspectedIndex> indexes = table.indexes()
			.stream()
			.map((index) -> new InspectedIndex(index.name(),
					index.keys().stream().map(InspectedSchemas::keyText).toList(), index.unique(), index.predicate()))
			.toList();
		return new InspectedTable(table.name(), columns, constraints, indexes, table.comment());
	}

	private static InspectedConstraint keyConstraint(String name, ConstraintKind kind, List<String> columns) {
		return new InspectedConstraint(name, kind, columns, null, List.of(), null);
	}

	private static String keyText(IndexKey key) {
		return String.valueOf((key.column() != null) ? key.column() : key.expression());
	}

}
