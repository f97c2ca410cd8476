package dev.migrate.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.schema.Identity.Generation;

/**
 * Reads an H2 2.x schema from {@code INFORMATION_SCHEMA}, one query per catalog table.
 * Names are as H2 stores them (unquoted names in upper case), constraints H2 named by
 * itself keep those names ({@code CONSTRAINT_8C}), and the indexes H2 made for
 * constraints are left out. H2 reports a type in parts; the inspector writes it the way
 * H2 writes it in its own DDL, such as {@code CHARACTER VARYING(100)},
 * {@code NUMERIC(10, 2)} or {@code TIMESTAMP(3) WITH TIME ZONE}.
 */
final class H2SchemaInspector implements SchemaInspector {

	private static final String SEPARATOR = "\0";

	private static final String TABLES = """
			select table_name, remarks from information_schema.tables
			where table_schema = ? and table_type = 'BASE TABLE'""";

	private static final String COLUMNS = """
			select c.table_name, c.column_name, c.data_type, c.character_maximum_length,
			  c.declared_numeric_precision, c.declared_numeric_scale, c.datetime_precision, c.is_nullable,
			  c.column_default, c.is_identity, c.identity_generation, c.identity_start, c.identity_increment,
			  c.generation_expression, c.column_on_update, c.remarks,
			  case when c.collation_name <> 'OFF' then c.collation_name end as collation,
			  (select listagg('''' || replace(e.value_name, '''', '''''') || '''', ', ')
			      within group (order by e.value_ordinal)
			    from information_schema.enum_values e
			    where e.object_schema = c.table_schema and e.object_name = c.table_name and e.object_type = 'TABLE'
			      and e.enum_identifier = c.dtd_identifier) as enum_values
			from information_schema.columns c
			where c.table_schema = ?
			order by c.table_name, c.ordinal_position""";

	private static final String KEYS = """
			select tc.table_name, tc.constraint_name, tc.constraint_type,
			  listagg(k.column_name, char(0)) within group (order by k.ordinal_position) as columns
			from information_schema.table_constraints tc
			join information_schema.key_column_usage k on k.constraint_schema = tc.constraint_schema
			  and k.constraint_name = tc.constraint_name
			where tc.table_schema = ? and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE')
			group by tc.table_name, tc.constraint_name, tc.constraint_type""";

	private static final String FOREIGN_KEYS = """
			select k.table_name, k.constraint_name, u.table_name as referenced_table, r.update_rule, r.delete_rule,
			  listagg(k.column_name, char(0)) within group (order by k.ordinal_position) as columns,
			  listagg(u.column_name, char(0)) within group (order by k.ordinal_position) as referenced_columns
			from information_schema.referential_constraints r
			join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema
			  and k.constraint_name = r.constraint_name
			join information_schema.key_column_usage u on u.constraint_schema = r.unique_constraint_schema
			  and u.constraint_name = r.unique_constraint_name and u.ordinal_position = k.position_in_unique_constraint
			where r.constraint_schema = ?
			group by k.table_name, k.constraint_name, u.table_name, r.update_rule, r.delete_rule""";

	private static final String CHECKS = """
			select tc.table_name, tc.constraint_name, cc.check_clause
			from information_schema.table_constraints tc
			join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema
			  and cc.constraint_name = tc.constraint_name
			where tc.table_schema = ? and tc.constraint_type = 'CHECK'""";

	private static final String INDEXES = """
			select i.table_name, i.index_name, i.index_type_name,
			  listagg(c.column_name, char(0)) within group (order by c.ordinal_position) as columns,
			  listagg(c.ordering_specification, char(0)) within group (order by c.ordinal_position) as orders
			from information_schema.indexes i
			join information_schema.index_columns c on c.index_schema = i.index_schema
			  and c.index_name = i.index_name and c.table_name = i.table_name
			where i.index_schema = ? and not i.is_generated
			group by i.table_name, i.index_name, i.index_type_name""";

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
		queries.forEachRow(COLUMNS,
				(row) -> model.table(row.getString("table_name"), (table) -> table.addColumn(column(row))), name);
		queries.forEachRow(KEYS, (row) -> model.table(row.getString("table_name"), (table) -> {
			String constraint = row.getString("constraint_name");
			List<String> columns = split(row, "columns");
			if ("PRIMARY KEY".equals(row.getString("constraint_type"))) {
				table.primaryKey(new PrimaryKey(constraint, columns));
			}
			else {
				table.addUniqueConstraint(new UniqueConstraint(constraint, columns));
			}
		}), name);
		queries.forEachRow(FOREIGN_KEYS, (row) -> model.table(row.getString("table_name"),
				(table) -> table.addForeignKey(ForeignKey.of(row.getString("constraint_name"), split(row, "columns"),
						row.getString("referenced_table"), split(row, "referenced_columns"),
						action(row.getString("delete_rule")), action(row.getString("update_rule"))))),
				name);
		queries
			.forEachRow(CHECKS,
					(row) -> model.table(row.getString("table_name"), (table) -> table.addCheckConstraint(
							new CheckConstraint(row.getString("constraint_name"), row.getString("check_clause")))),
					name);
		queries.forEachRow(INDEXES, (row) -> model.table(row.getString("table_name"), (table) -> addIndex(table, row)),
				name);
		queries.forEachRow(SEQUENCES,
				(row) -> model.addSequence(new Sequence(row.getString("sequence_name"), row.getString("data_type"),
						row.getLong("start_value"), row.getLong("increment"), row.getLong("minimum_value"),
						row.getLong("maximum_value"), "YES".equals(row.getString("cycle_option")))),
				name);
		return model.build();
	}

	private static Column column(ResultSet row) throws SQLException {
		String expression = row.getString("generation_expression");
		return new Column(row.getString("column_name"), TypeTable.H2.columnType(typeText(row)),
				"YES".equals(row.getString("is_nullable")), row.getString("column_default"), identity(row),
				(expression != null) ? new GeneratedValue(expression, false) : null, row.getString("collation"),
				row.getString("remarks"), row.getString("column_on_update"));
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
	private static String typeText(ResultSet row) throws SQLException {
		String dataType = row.getString("data_type");
		return switch (dataType) {
			case "ENUM" -> "ENUM(" + row.getString("enum_values") + ")";
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

	private static ForeignKeyAction action(String rule) {
		return ForeignKeyAction.valueOf(rule.replace(' ', '_'));
	}

	private static void addIndex(TableBuilder table, ResultSet row) throws SQLException {
		List<String> columns = split(row, "columns");
		List<String> orders = split(row, "orders");
		List<IndexKey> keys = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			IndexKey key = IndexKey.column(columns.get(i));
			keys.add("DESC".equals(orders.get(i)) ? key.desc() : key);
		}
		table.addIndex(new Index(row.getString("index_name"), keys,
				row.getString("index_type_name").startsWith("UNIQUE"), null, null));
	}

	private static List<String> split(ResultSet row, String column) throws SQLException {
		return List.of(row.getString(column).split(SEPARATOR, -1));
	}

}
