package dev.migrate.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.schema.Identity.Generation;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog}, with the server's own canonical
 * texts: {@code format_type} for types (a time or timestamp of precision 6, the default,
 * written without it, as {@code timestamp} and {@code timestamp(6)} are one type),
 * {@code pg_get_expr} for defaults, checks and index predicates, {@code pg_get_indexdef}
 * for index expressions. These texts name a type or table outside the connection's
 * {@code search_path} with its schema, so two inspections compare alike when their
 * schemas are equally placed on the search path. One query per kind of object, whatever
 * the number of tables. Not read: exclusion constraints, operator classes,
 * {@code INCLUDE} columns, {@code NULLS NOT DISTINCT} and {@code NOT VALID}.
 */
final class PostgresSchemaInspector implements SchemaInspector {

	private static final String TABLES = """
			select c.relname, obj_description(c.oid, 'pg_class') as comment
			from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition""";

	private static final String COLUMNS = """
			select c.relname, a.attname,
			  case when a.atttypmod = 6 and t.typname in ('timestamp', 'timestamptz', 'time', 'timetz')
			    then format_type(a.atttypid, null) else format_type(a.atttypid, a.atttypmod) end as type,
			  a.attnotnull,
			  pg_get_expr(d.adbin, d.adrelid) as default_value, a.attidentity, a.attgenerated,
			  col_description(c.oid, a.attnum) as comment,
			  case when a.attcollation <> t.typcollation then co.collname end as collation,
			  seq.deptype as sequence_dependency, seq.seqstart, seq.seqincrement
			from pg_attribute a
			join pg_class c on c.oid = a.attrelid
			join pg_namespace n on n.oid = c.relnamespace
			join pg_type t on t.oid = a.atttypid
			left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
			left join pg_collation co on co.oid = a.attcollation
			left join lateral (select dep.deptype, s.seqstart, s.seqincrement
			  from pg_depend dep join pg_sequence s on s.seqrelid = dep.objid
			  where dep.classid = 'pg_class'::regclass and dep.refclassid = 'pg_class'::regclass
			    and dep.refobjid = c.oid and dep.refobjsubid = a.attnum and dep.deptype in ('a', 'i')
			  order by dep.deptype desc limit 1) seq on true
			where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
			order by c.relname, a.attnum""";

	private static final String CONSTRAINTS = """
			select c.relname, con.conname, con.contype,
			  array(select a.attname from unnest(con.conkey) with ordinality k(attnum, ord)
			    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
			  fc.relname as referenced_table, fn.nspname as referenced_schema,
			  array(select a.attname from unnest(con.confkey) with ordinality k(attnum, ord)
			    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord)
			    as referenced_columns,
			  con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
			  pg_get_expr(con.conbin, con.conrelid) as expression
			from pg_constraint con
			join pg_class c on c.oid = con.conrelid
			join pg_namespace n on n.oid = c.relnamespace
			left join pg_class fc on fc.oid = con.confrelid
			left join pg_namespace fn on fn.oid = fc.relnamespace
			where n.nspname = ? and con.contype in ('p', 'u', 'f', 'c')""";

	private static final String INDEXES = """
			select c.relname, i.relname as index_name, x.indisunique, am.amname,
			  pg_get_expr(x.indpred, x.indrelid) as predicate,
			  array(select coalesce(a.attname, pg_get_indexdef(x.indexrelid, k.ord::int, true))
			    from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
			    left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum and k.attnum > 0
			    where k.ord <= x.indnkeyatts order by k.ord) as keys,
			  array(select k.attnum = 0 from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
			    where k.ord <= x.indnkeyatts order by k.ord) as expression_keys,
			  array(select o.option & 1 = 1 from unnest(x.indoption::int2[]) with ordinality o(option, ord)
			    where o.ord <= x.indnkeyatts order by o.ord) as descending_keys,
			  array(select o.option & 2 = 2 from unnest(x.indoption::int2[]) with ordinality o(option, ord)
			    where o.ord <= x.indnkeyatts order by o.ord) as nulls_first_keys
			from pg_index x
			join pg_class i on i.oid = x.indexrelid
			join pg_class c on c.oid = x.indrelid
			join pg_namespace n on n.oid = c.relnamespace
			join pg_am am on am.oid = i.relam
			where n.nspname = ? and not exists (select 1 from pg_constraint con
			  where con.conindid = x.indexrelid and con.conrelid = x.indrelid and con.contype in ('p', 'u', 'x'))""";

	private static final String ENUM_TYPES = """
			select t.typname, array_agg(e.enumlabel order by e.enumsortorder) as labels
			from pg_type t
			join pg_enum e on e.enumtypid = t.oid
			join pg_namespace n on n.oid = t.typnamespace
			where n.nspname = ?
			group by t.typname""";

	private static final String SEQUENCES = """
			select c.relname, format_type(s.seqtypid, null) as type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
			  s.seqcycle
			from pg_sequence s
			join pg_class c on c.oid = s.seqrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = ? and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
			  and d.objid = c.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))""";

	/**
	 * {@code DEFAULT NULL}, which PostgreSQL keeps as a default such as
	 * {@code NULL::character varying}: no default.
	 */
	private static final Pattern NULL_DEFAULT = Pattern.compile("NULL(::[\\w\\s\".()]+)?");

	private static final Pattern DEFAULT_TIME_PRECISION = Pattern
		.compile("^((?:time|timestamp|interval))\\(6\\)(?= |$)");

	@Override
	public SchemaModel inspect(Connection connection, @Nullable String schema, Collection<String> excludedTables) {
		CatalogQueries queries = new CatalogQueries(connection);
		String name = (schema != null) ? schema : String.valueOf(queries.queryForString("select current_schema()"));
		SchemaModelBuilder model = new SchemaModelBuilder(excludedTables);
		queries.forEachRow(TABLES, (row) -> model.addTable(row.getString("relname"), row.getString("comment")), name);
		queries.forEachRow(COLUMNS, (row) -> model.table(row.getString("relname"), (table) -> addColumn(table, row)),
				name);
		queries.forEachRow(CONSTRAINTS,
				(row) -> model.table(row.getString("relname"), (table) -> addConstraint(table, row, name)), name);
		queries.forEachRow(INDEXES, (row) -> model.table(row.getString("relname"), (table) -> addIndex(table, row)),
				name);
		queries
			.forEachRow(ENUM_TYPES,
					(row) -> model
						.addEnumType(new EnumType(row.getString("typname"), CatalogQueries.strings(row, "labels"))),
					name);
		queries.forEachRow(SEQUENCES,
				(row) -> model.addSequence(new Sequence(row.getString("relname"), row.getString("type"),
						row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
						row.getLong("seqmax"), row.getBoolean("seqcycle"))),
				name);
		return model.build();
	}

	private static void addColumn(TableBuilder table, ResultSet row) throws SQLException {
		String defaultValue = row.getString("default_value");
		if (defaultValue != null && NULL_DEFAULT.matcher(defaultValue).matches()) {
			defaultValue = null;
		}
		Identity identity = identity(row, defaultValue);
		GeneratedValue generated = null;
		if ("s".equals(row.getString("attgenerated"))) {
			generated = new GeneratedValue(String.valueOf(defaultValue), true);
			defaultValue = null;
		}
		if (identity != null && identity.generation() == Generation.SERIAL) {
			defaultValue = null;
		}
		table.addColumn(new Column(row.getString("attname"), TypeTable.POSTGRESQL.columnType(typeText(row)),
				!row.getBoolean("attnotnull"), defaultValue, identity, generated, row.getString("collation"),
				row.getString("comment")));
	}

	/**
	 * The type as {@code format_type} writes it, without the precision 6 of a time or
	 * timestamp type: that is the precision PostgreSQL gives those types when none is
	 * written, and {@code format_type} writes the precision only when it was.
	 */
	private static String typeText(ResultSet row) throws SQLException {
		return DEFAULT_TIME_PRECISION.matcher(row.getString("type")).replaceFirst("$1");
	}

	private static @Nullable Identity identity(ResultSet row, @Nullable String defaultValue) throws SQLException {
		String attidentity = row.getString("attidentity");
		Generation generation = switch (attidentity) {
			case "a" -> Generation.ALWAYS;
			case "d" -> Generation.BY_DEFAULT;
			default -> ("a".equals(row.getString("sequence_dependency")) && defaultValue != null
					&& defaultValue.startsWith("nextval(")) ? Generation.SERIAL : null;
		};
		return (generation != null) ? new Identity(generation, row.getLong("seqstart"), row.getLong("seqincrement"))
				: null;
	}

	private static void addConstraint(TableBuilder table, ResultSet row, String schema) throws SQLException {
		String name = row.getString("conname");
		List<String> columns = CatalogQueries.strings(row, "columns");
		switch (row.getString("contype")) {
			case "p" -> table.primaryKey(new PrimaryKey(name, columns));
			case "u" -> table.addUniqueConstraint(new UniqueConstraint(name, columns));
			case "f" -> table.addForeignKey(new ForeignKey(name, columns, referencedTable(row, schema),
					CatalogQueries.strings(row, "referenced_columns"), action(row.getString("confdeltype")),
					action(row.getString("confupdtype")), row.getBoolean("condeferrable"),
					row.getBoolean("condeferred")));
			default -> table.addCheckConstraint(
					new CheckConstraint(name, PostgresCheckExpressions.canonical(row.getString("expression"))));
		}
	}

	/**
	 * The table a foreign key references, named {@code schema.table} when it is in
	 * another schema than the one inspected.
	 */
	private static String referencedTable(ResultSet row, String schema) throws SQLException {
		String table = row.getString("referenced_table");
		String referencedSchema = row.getString("referenced_schema");
		return referencedSchema.equals(schema) ? table : referencedSchema + "." + table;
	}

	private static ForeignKeyAction action(String code) {
		return switch (code) {
			case "r" -> ForeignKeyAction.RESTRICT;
			case "c" -> ForeignKeyAction.CASCADE;
			case "n" -> ForeignKeyAction.SET_NULL;
			case "d" -> ForeignKeyAction.SET_DEFAULT;
			default -> ForeignKeyAction.NO_ACTION;
		};
	}

	private static void addIndex(TableBuilder table, ResultSet row) throws SQLException {
		List<String> texts = CatalogQueries.strings(row, "keys");
		List<String> expressions = CatalogQueries.strings(row, "expression_keys");
		List<String> descending = CatalogQueries.strings(row, "descending_keys");
		List<String> nullsFirst = CatalogQueries.strings(row, "nulls_first_keys");
		List<IndexKey> keys = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			IndexKey key = Boolean.parseBoolean(expressions.get(i)) ? IndexKey.expression(texts.get(i))
					: IndexKey.column(texts.get(i));
			boolean desc = Boolean.parseBoolean(descending.get(i));
			boolean first = Boolean.parseBoolean(nullsFirst.get(i));
			key = desc ? key.desc() : key;
			keys.add((first != desc) ? key.withNullsFirst(first) : key);
		}
		table.addIndex(new Index(row.getString("index_name"), keys, row.getBoolean("indisunique"),
				row.getString("predicate"), row.getString("amname")));
	}

}
