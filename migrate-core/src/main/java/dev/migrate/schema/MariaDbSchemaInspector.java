package dev.migrate.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.ForeignKeyAction;

/**
 * Reads a MariaDB database from {@code information_schema}, one query per catalog table.
 * What MariaDB makes by itself is not reported as such: the {@code json_valid} check of a
 * {@code json} column makes its type {@code json} (MariaDB stores it as
 * {@code longtext}), and the index it creates for a foreign key is left out. A unique
 * index on whole columns is a {@link UniqueConstraint}, as MariaDB makes no difference.
 * Sequences are read from the sequences themselves, all in one statement.
 */
final class MariaDbSchemaInspector implements SchemaInspector {

	private static final String SEPARATOR = "\0";

	private static final String TABLES = """
			select table_name, table_comment from information_schema.tables
			where table_schema = ? and table_type = 'BASE TABLE'""";

	private static final String SEQUENCE_NAMES = """
			select table_name from information_schema.tables
			where table_schema = ? and table_type = 'SEQUENCE'""";

	private static final String SEQUENCE = """
			select ? as sequence_name, start_value, increment, minimum_value, maximum_value, cycle_option from %s.%s""";

	private static final String CHECKS = """
			select table_name, constraint_name, check_clause, level from information_schema.check_constraints
			where constraint_schema = ?""";

	private static final String COLUMNS = """
			select c.table_name, c.column_name, c.column_type, c.is_nullable, c.column_default, c.extra,
			  c.generation_expression, c.column_comment,
			  case when c.collation_name <> t.table_collation then c.collation_name end as collation
			from information_schema.columns c
			join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
			where c.table_schema = ?
			order by c.table_name, c.ordinal_position""";

	private static final String FOREIGN_KEYS = """
			select k.table_name, k.constraint_name, r.referenced_table_name, r.update_rule, r.delete_rule,
			  group_concat(k.column_name order by k.ordinal_position separator '\\0') as columns,
			  group_concat(k.referenced_column_name order by k.ordinal_position separator '\\0') as referenced_columns
			from information_schema.referential_constraints r
			join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema
			  and k.table_name = r.table_name and k.constraint_name = r.constraint_name
			where r.constraint_schema = ?
			group by k.table_name, k.constraint_name, r.referenced_table_name, r.update_rule, r.delete_rule""";

	private static final String INDEXES = """
			select table_name, index_name, non_unique, lower(index_type) as method,
			  group_concat(column_name order by seq_in_index separator '\\0') as columns,
			  group_concat(coalesce(collation, 'A') order by seq_in_index separator '\\0') as orders,
			  group_concat(coalesce(sub_part, 0) order by seq_in_index separator '\\0') as prefixes
			from information_schema.statistics
			where table_schema = ?
			group by table_name, index_name, non_unique, index_type""";

	@Override
	public SchemaModel inspect(Connection connection, @Nullable String schema, Collection<String> excludedTables) {
		CatalogQueries queries = new CatalogQueries(connection);
		String name = (schema != null) ? schema : String.valueOf(queries.queryForString("select database()"));
		SchemaModelBuilder model = new SchemaModelBuilder(excludedTables);
		queries.forEachRow(TABLES,
				(row) -> model.addTable(row.getString("table_name"), CatalogQueries.text(row, "table_comment")), name);
		Set<String> jsonColumns = new HashSet<>();
		queries.forEachRow(CHECKS, (row) -> model.table(row.getString("table_name"), (table) -> {
			String checked = jsonValidated(row);
			if (checked != null) {
				jsonColumns.add(table.name() + SEPARATOR + checked);
			}
			else {
				table.addCheckConstraint(
						new CheckConstraint(row.getString("constraint_name"), row.getString("check_clause")));
			}
		}), name);
		queries.forEachRow(COLUMNS, (row) -> model.table(row.getString("table_name"),
				(table) -> table.addColumn(
						column(row, jsonColumns.contains(table.name() + SEPARATOR + row.getString("column_name"))))),
				name);
		queries.forEachRow(FOREIGN_KEYS, (row) -> model.table(row.getString("table_name"),
				(table) -> table.addForeignKey(ForeignKey.of(row.getString("constraint_name"), split(row, "columns"),
						row.getString("referenced_table_name"), split(row, "referenced_columns"),
						action(row.getString("delete_rule")), action(row.getString("update_rule"))))),
				name);
		queries.forEachRow(INDEXES, (row) -> model.table(row.getString("table_name"), (table) -> addIndex(table, row)),
				name);
		addSequences(queries, name, model);
		return model.build();
	}

	/**
	 * Read every sequence in one statement: MariaDB keeps a sequence's options in the
	 * sequence itself, a table of one row.
	 */
	private static void addSequences(CatalogQueries queries, String schema, SchemaModelBuilder model) {
		List<String> names = new ArrayList<>();
		queries.forEachRow(SEQUENCE_NAMES, (row) -> names.add(row.getString("table_name")), schema);
		if (names.isEmpty()) {
			return;
		}
		String sql = names.stream()
			.map((sequence) -> SEQUENCE.formatted(quote(schema), quote(sequence)))
			.collect(Collectors.joining(" union all "));
		queries.forEachRow(sql,
				(row) -> model.addSequence(new Sequence(row.getString("sequence_name"), "bigint",
						row.getLong("start_value"), row.getLong("increment"), row.getLong("minimum_value"),
						row.getLong("maximum_value"), row.getBoolean("cycle_option"))),
				names.toArray());
	}

	private static String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

	/**
	 * The column whose {@code json} type MariaDB implements with this check, or
	 * {@code null} for a check of the schema's own.
	 */
	private static @Nullable String jsonValidated(ResultSet row) throws SQLException {
		String name = row.getString("constraint_name");
		boolean implicit = "Column".equals(row.getString("level"))
				&& ("json_valid(`" + name + "`)").equals(row.getString("check_clause"));
		return implicit ? name : null;
	}

	private static Column column(ResultSet row, boolean json) throws SQLException {
		String extraText = row.getString("extra");
		String extra = extraText.toLowerCase(Locale.ROOT);
		String defaultValue = row.getString("column_default");
		String generation = CatalogQueries.text(row, "generation_expression");
		GeneratedValue generated = (generation != null)
				? new GeneratedValue(generation, extra.contains("stored generated")) : null;
		Identity identity = extra.contains("auto_increment") ? Identity.of(Identity.Generation.AUTO_INCREMENT) : null;
		String onUpdate = extra.startsWith("on update ") ? extraText.substring("on update ".length()) : null;
		return new Column(row.getString("column_name"),
				TypeTable.MARIADB.columnType(json ? "json" : row.getString("column_type")),
				"YES".equals(row.getString("is_nullable")),
				("NULL".equals(defaultValue) || generated != null) ? null : defaultValue, identity, generated,
				json ? null : row.getString("collation"), CatalogQueries.text(row, "column_comment"), onUpdate);
	}

	private static ForeignKeyAction action(String rule) {
		return ForeignKeyAction.valueOf(rule.replace(' ', '_'));
	}

	private static void addIndex(TableBuilder table, ResultSet row) throws SQLException {
		String name = row.getString("index_name");
		List<String> columns = split(row, "columns");
		List<String> orders = split(row, "orders");
		List<String> prefixes = split(row, "prefixes");
		List<IndexKey> keys = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			int prefix = Integer.parseInt(prefixes.get(i));
			keys.add(new IndexKey(columns.get(i), null, "D".equals(orders.get(i)), (prefix > 0) ? prefix : null));
		}
		boolean unique = !row.getBoolean("non_unique");
		Index index = new Index(name, keys, unique, null, row.getString("method"));
		if ("PRIMARY".equals(name)) {
			table.primaryKey(new PrimaryKey(name, columns));
		}
		else if (unique && index.plainColumns() != null && "btree".equals(index.method())) {
			table.addUniqueConstraint(new UniqueConstraint(name, columns));
		}
		else if (!backsForeignKey(table, index)) {
			table.addIndex(index);
		}
	}

	/**
	 * Whether MariaDB made this index for a foreign key: named after the constraint, or
	 * after its first column when the constraint has a generated name.
	 */
	private static boolean backsForeignKey(TableBuilder table, Index index) {
		return !index.unique() && table.foreignKeys()
			.stream()
			.anyMatch((foreignKey) -> foreignKey.columns().equals(index.plainColumns())
					&& (index.name().equals(foreignKey.name()) || index.name().equals(foreignKey.columns().get(0))));
	}

	private static List<String> split(ResultSet row, String column) throws SQLException {
		return List.of(row.getString(column).split(SEPARATOR, -1));
	}

}
