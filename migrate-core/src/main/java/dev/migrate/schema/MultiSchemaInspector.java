package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Reads the default schema and other schemas of a database into one {@link SchemaModel}:
 * the default schema's objects keep their names, those of each other schema are named
 * {@code schema.name}, and a foreign key names its referenced table the same way, so the
 * differ and the operations see qualified names wherever a table is not in the default
 * schema. Each schema is read by the dialect's inspector, which names a referenced table
 * of another schema {@code schema.table}. A database that looks up the table a foreign
 * key references in the schema of the referencing table (H2) needs the default schema
 * named there, so on such a database a foreign key of another schema keeps the default
 * schema in the name of a table it references ({@code PUBLIC.ACCOUNT}). A listed schema
 * the database does not have is left out of {@link SchemaModel#schemas()}, so the differ
 * creates it.
 */
final class MultiSchemaInspector implements SchemaInspector {

	private final SchemaInspector inspector;

	private final List<String> schemas;

	private final boolean referencesResolveInOwnSchema;

	/**
	 * Create an inspector of several schemas.
	 * @param inspector the dialect's inspector of one schema
	 * @param schemas the other schemas, as written; matched as stored or, when only one
	 * matches without regard to case, in the case the database stores them
	 * @param referencesResolveInOwnSchema whether the database looks up the table a
	 * foreign key references in the schema of the referencing table
	 */
	MultiSchemaInspector(SchemaInspector inspector, List<String> schemas, boolean referencesResolveInOwnSchema) {
		this.inspector = inspector;
		this.schemas = List.copyOf(schemas);
		this.referencesResolveInOwnSchema = referencesResolveInOwnSchema;
	}

	@Override
	public SchemaModel inspect(Connection connection, @Nullable String schema, Collection<String> excludedTables) {
		String defaultSchema = (schema != null) ? schema : currentSchema(connection);
		SchemaModel model = this.inspector.inspect(connection, defaultSchema, excludedTables);
		List<Table> tables = new ArrayList<>(model.tables().values());
		List<EnumType> enumTypes = new ArrayList<>(model.enumTypes().values());
		List<Sequence> sequences = new ArrayList<>(model.sequences().values());
		List<String> existing = new ArrayList<>();
		StoredSchemas stored = StoredSchemas.of(connection);
		for (String written : this.schemas) {
			String other = stored.find(written);
			if (other == null || other.equals(defaultSchema)) {
				continue;
			}
			existing.add(other);
			SchemaModel part = this.inspector.inspect(connection, other, excludedTables);
			part.tables().values().forEach((table) -> tables.add(qualified(table, other, defaultSchema)));
			part.enumTypes()
				.values()
				.forEach((type) -> enumTypes.add(new EnumType(other + "." + type.name(), type.values())));
			part.sequences()
				.values()
				.forEach((sequence) -> sequences
					.add(new Sequence(other + "." + sequence.name(), sequence.dataType(), sequence.start(),
							sequence.increment(), sequence.minValue(), sequence.maxValue(), sequence.cycle())));
		}
		return SchemaModel.of(tables, enumTypes, sequences, existing);
	}

	/**
	 * A table of another schema, named {@code schema.table}, its foreign keys naming the
	 * tables they reference as the model does.
	 */
	private Table qualified(Table table, String schema, String defaultSchema) {
		List<ForeignKey> foreignKeys = table.foreignKeys()
			.stream()
			.map((foreignKey) -> new ForeignKey(foreignKey.name(), foreignKey.columns(),
					referenced(foreignKey.referencedTable(), schema, defaultSchema), foreignKey.referencedColumns(),
					foreignKey.onDelete(), foreignKey.onUpdate(), foreignKey.deferrable(),
					foreignKey.initiallyDeferred()))
			.toList();
		return new Table(schema + "." + table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
				foreignKeys, table.checkConstraints(), table.indexes(), table.comment());
	}

	/**
	 * The name of a table a foreign key of another schema references: a table of that
	 * schema (named without schema by its inspector) qualified, one of the default schema
	 * without its schema unless the database would look it up in the referencing table's
	 * schema.
	 */
	private String referenced(String table, String schema, String defaultSchema) {
		int dot = table.indexOf('.');
		if (dot < 0) {
			return schema + "." + table;
		}
		boolean inDefaultSchema = table.substring(0, dot).equals(defaultSchema);
		return (inDefaultSchema && !this.referencesResolveInOwnSchema) ? table.substring(dot + 1) : table;
	}

	private static String currentSchema(Connection connection) {
		try {
			return connection.getSchema();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("read the current schema", null, ex);
		}
	}

}
