package dev.migrate.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.schema.Identity.Generation;

/**
 * Reads an H2 2.x schema from {@code INFORMATION_SCHEMA}, one query per catalog table and
 * no joins (H2 builds a catalog table row by row, so a join would build the inner one
 * again for every outer row); the inspector puts the rows together. Names are as H2
 * stores them (unquoted names in upper case), constraints H2 named by itself keep those
 * names ({@code CONSTRAINT_8C}), and the indexes H2 made for constraints are left out. H2
 * reports a type in parts; the inspector writes it the way H2 writes it in its own DDL,
 * such as {@code CHARACTER VARYING(100)}, {@code NUMERIC(10, 2)} or
 * {@code TIMESTAMP(3) WITH TIME ZONE}.
 */
final class H2SchemaInspector implements SchemaInspector {

	private static final String SEPARATOR = "\0";

	private static final String TABLES = """
			select table_name, remarks from information_schema.tables
			where table_schema = ? and table_type = 'BASE TABLE'""";

	private static final String COLUMNS = """
			select table_name, column_name, data_type, character_maximum_length, declared_numeric_precision,
			  declared_numeric_scale, datetime_precision, dtd_identifier, is_nullable, column_default, is_identity,
			  identity_generation, identity_start, identity_increment, generation_expression, column_on_update,
			  remarks, case when collation_name <> 'OFF' then collation_name end as collation
			from information_schema.columns
			where table_schema = ?
			order by table_name, ordinal_position""";

	private static final String ENUM_VALUES = """
			select object_name, enum_identifier, value_name from information_schema.enum_values
			where object_schema = ? and object_type = 'TABLE'
			order by object_name, enum_identifier, value_ordinal""";

	private static final String CONSTRAINTS = """
			select table_name, constraint_name, constraint_type from information_schema.table_constraints
			where table_schema = ?""";

	private static final String KEY_COLUMNS = """
			select constraint_name, column_name from information_schema.key_column_usage
			where constraint_schema = ?
			order by constraint_name, ordinal_position""";

	private static final String FOREIGN_KEYS = """
			select constraint_name, unique_constraint_schema, unique_constraint_name, update_rule, delete_rule
			from information_schema.referential_constraints
			where constraint_schema = ?""";

	private static final String KEY_OF_OTHER_SCHEMA = """
			select c.table_name, k.column_name from information_schema.table_constraints c
			join information_schema.key_column_usage k
			  on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
			where c.constraint_schema = ? and c.constraint_name = ?
			order by k.ordinal_position""";

	private static final String CHECKS = """
			select constraint_name, check_clause from information_schema.check_constraints
			where constraint_schema = ?""";

	private static final String INDEXES = """
			select table_name, index_name, index_type_name from information_schema.indexes
			where index_schema = ? and not is_generated""";

	private static final String INDEX_COLUMNS = """
			select table_name, index_name, column_name, ordering_specification, null_ordering
			from information_schema.index_columns
			where index_schema = ?
			order by table_name, index_name, ordinal_position""";

	private static final String SEQUENCES = """
			select sequence_name, data_type, start_value, increment, minimum_value, maximum_value, cycle_option
			from information_schema.sequences where sequence_schema = ?""";

	@Override
	public SchemaModel inspect(Connection connection, @Nullable String schema, Collection<String> excludedTables) {
		CatalogQueries queries = new CatalogQueries(connection);
		String name = (schema != null) ? schema : String.valueOf(queries.queryForString("select schema()"));
		SchemaModelBuilder model = new SchemaModelBuilder(excludedTables);
		queries.forEachRow(TABLES, (row) -> model.addTable(row.getString("table_name"), row.getString("remarks")),
				name);
		Map<String, List<String>> enumValues = new HashMap<>();
		queries.forEachRow(ENUM_VALUES,
				(row) -> enumValues
					.computeIfAbsent(row.getString("object_name") + SEPARATOR + row.getString("enum_identifier"),
							(key) -> new ArrayList<>())
					.add(row.getString("value_name")),
				name);
		queries.forEachRow(COLUMNS, (row) -> model.table(row.getString("table_name"),
				(table) -> table.addColumn(
						column(row, enumValues.get(table.name() + SEPARATOR + row.getString("dtd_identifier"))))),
				name);
		Map<String, Constraint> constraints = new HashMap<>();
		queries.forEachRow(CONSTRAINTS, (row) -> constraints.put(row.getString("constraint_name"),
				new Constraint(row.getString("table_name"), row.getString("constraint_type"))), name);
		Map<String, List<String>> keyColumns = new LinkedHashMap<>();
		queries.forEachRow(KEY_COLUMNS,
				(row) -> keyColumns.computeIfAbsent(row.getString("constraint_name"), (key) -> new ArrayList<>())
					.add(row.getString("column_name")),
				name);
		for (Map.Entry<String, List<String>> key : keyColumns.entrySet()) {
			addKey(model, key.getKey(), constraints.get(key.getKey()), key.getValue());
		}
		List<ForeignKeyRow> foreignKeys = new ArrayList<>();
		queries.forEachRow(FOREIGN_KEYS,
				(row) -> foreignKeys.add(new ForeignKeyRow(row.getString("constraint_name"),
						row.getString("unique_constraint_schema"), row.getString("unique_constraint_name"),
						action(row.getString("delete_rule")), action(row.getString("update_rule")))),
				name);
		for (ForeignKeyRow row : foreignKeys) {
			Constraint foreignKey = constraints.get(row.name());
			ReferencedKey referenced = row.referencedSchema().equals(name)
					? ReferencedKey.of(constraints.get(row.referencedKey()), keyColumns.get(row.referencedKey()))
					: ReferencedKey.inOtherSchema(queries, row.referencedSchema(), row.referencedKey());
			TableBuilder table = (foreignKey != null) ? model.find(foreignKey.table()) : null;
			if (table != null && referenced != null) {
				table.addForeignKey(ForeignKey.of(row.name(), keyColumns.get(row.name()), referenced.table(),
						referenced.columns(), row.onDelete(), row.onUpdate()));
			}
		}
		queries.forEachRow(CHECKS, (row) -> {
			String constraint = row.getString("constraint_name");
			Constraint check = constraints.get(constraint);
			if (check != null) {
				model.table(check.table(), (table) -> table
					.addCheckConstraint(new CheckConstraint(constraint, row.getString("check_clause"))));
			}
		}, name);
		Map<String, List<IndexKey>> indexKeys = new HashMap<>();
		queries.forEachRow(INDEX_COLUMNS, (row) -> {
			indexKeys
				.computeIfAbsent(row.getString("table_name") + SEPARATOR + row.getString("index_name"),
						(index) -> new ArrayList<>())
				.add(indexKey(row));
		}, name);
		queries.forEachRow(INDEXES,
				(row) -> model.table(row.getString("table_name"),
						(table) -> table.addIndex(new Index(row.getString("index_name"),
								indexKeys.get(table.name() + SEPARATOR + row.getString("index_name")),
								row.getString("index_type_name").startsWith("UNIQUE"), null, null))),
				name);
		queries.forEachRow(SEQUENCES,
				(row) -> model.addSequence(new Sequence(row.getString("sequence_name"), row.getString("data_type"),
						row.getLong("start_value"), row.getLong("increment"), row.getLong("minimum_value"),
						row.getLong("maximum_value"), "YES".equals(row.getString("cycle_option")))),
				name);
		return model.build();
	}

	/**
	 * A row of {@code referential_constraints}.
	 */
	private record ForeignKeyRow(String name, String referencedSchema, String referencedKey, ForeignKeyAction onDelete,
			ForeignKeyAction onUpdate) {

	}

	/**
	 * The table and columns of the key a foreign key references, the table named
	 * {@code schema.table} when it is in another schema than the one inspected.
	 */
	private record ReferencedKey(String table, List<String> columns) {

		static @Nullable ReferencedKey of(@Nullable Constraint key, @Nullable List<String> columns) {
			return (key != null && columns != null) ? new ReferencedKey(key.table(), columns) : null;
		}

		static @Nullable ReferencedKey inOtherSchema(CatalogQueries queries, String schema, String key) {
			List<String> tables = new ArrayList<>();
			List<String> columns = new ArrayList<>();
			queries.forEachRow(KEY_OF_OTHER_SCHEMA, (row) -> {
				tables.add(row.getString("table_name"));
				columns.add(row.getString("column_name"));
			}, schema, key);
			return tables.isEmpty() ? null : new ReferencedKey(schema + "." + tables.get(0), columns);
		}

	}

	private static void addKey(SchemaModelBuilder model, String name, @Nullable Constraint constraint,
			List<String> columns) {
		TableBuilder table = (constraint != null) ? model.find(constraint.table()) : null;
		if (table == null) {
			return;
		}
		if ("PRIMARY KEY".equals(constraint.type())) {
			table.primaryKey(new PrimaryKey(name, columns));
		}
		else if ("UNIQUE".equals(constraint.type())) {
			table.addUniqueConstraint(new UniqueConstraint(name, columns));
		}
	}

	private static Column column(ResultSet row, @Nullable List<String> enumValues) throws SQLException {
		String expression = row.getString("generation_expression");
		return new Column(row.getString("column_name"), TypeTable.H2.columnType(typeText(row, enumValues)),
				"YES".equals(row.getString("is_nullable")), defaultValue(row), identity(row),
				(expression != null) ? new GeneratedValue(expression, false) : null, row.getString("collation"),
				row.getString("remarks"), row.getString("column_on_update"));
	}

	/**
	 * The default, {@code null} for none: H2 keeps {@code DEFAULT NULL} as the text
	 * {@code NULL}, which is no default.
	 */
	private static @Nullable String defaultValue(ResultSet row) throws SQLException {
		String defaultValue = row.getString("column_default");
		return "NULL".equalsIgnoreCase(defaultValue) ? null : defaultValue;
	}

	private static @Nullable Identity identity(ResultSet row) throws SQLException {
		if (!"YES".equals(row.getString("is_identity"))) {
			return null;
		}
		Generation generation = "ALWAYS".equals(row.getString("identity_generation")) ? Generation.ALWAYS
				: Generation.BY_DEFAULT;
		return new Identity(generation, row.getLong("identity_start"), row.getLong("identity_increment"));
	}

	/**
	 * The type as H2 writes it: sizes only where they are not the type's default.
	 */
	private static String typeText(ResultSet row, @Nullable List<String> enumValues) throws SQLException {
		String dataType = row.getString("data_type");
		return switch (dataType) {
			case "ENUM" -> "ENUM(" + String.join(", ", (enumValues != null)
					? enumValues.stream().map((value) -> "'" + value.replace("'", "''") + "'").toList() : List.of())
					+ ")";
			case "CHARACTER", "CHARACTER VARYING", "BINARY", "BINARY VARYING", "JSON", "CHARACTER LARGE OBJECT",
					"BINARY LARGE OBJECT" -> {
				long length = row.getLong("character_maximum_length");
				yield (length == 1_000_000_000L || length == Long.MAX_VALUE) ? dataType : dataType + "(" + length + ")";
			}
			case "NUMERIC", "DECFLOAT" -> {
				String precision = row.getString("declared_numeric_precision");
				String scale = row.getString("declared_numeric_scale");
				yield (precision == null) ? dataType
						: dataType + "(" + precision + ((scale != null) ? ", " + scale : "") + ")";
			}
			case "TIME", "TIME WITH TIME ZONE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> {
				int precision = row.getInt("datetime_precision");
				int defaultPrecision = dataType.startsWith("TIMESTAMP") ? 6 : 0;
				if (precision == defaultPrecision) {
					yield dataType;
				}
				int zone = dataType.indexOf(" WITH TIME ZONE");
				yield (zone < 0) ? dataType + "(" + precision + ")"
						: dataType.substring(0, zone) + "(" + precision + ")" + dataType.substring(zone);
			}
			default -> dataType;
		};
	}

	/**
	 * A key of an index; H2 sorts nulls first in ascending and last in descending keys
	 * unless told otherwise.
	 */
	private static IndexKey indexKey(ResultSet row) throws SQLException {
		IndexKey key = IndexKey.column(row.getString("column_name"));
		boolean desc = "DESC".equals(row.getString("ordering_specification"));
		key = desc ? key.desc() : key;
		String nullOrdering = row.getString("null_ordering");
		boolean first = "FIRST".equals(nullOrdering);
		return (nullOrdering != null && first == desc) ? key.withNullsFirst(first) : key;
	}

	private static ForeignKeyAction action(String rule) {
		return ForeignKeyAction.valueOf(rule.replace(' ', '_'));
	}

	/**
	 * The table and type of a constraint.
	 */
	private record Constraint(String table, String type) {

	}

}
