package dev.migrate.schema;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ops.SqlType;

/**
 * The ops types that create the canonical type texts of one database: a fixed table for
 * types without size, and the names of the sized string and decimal types, such as
 * {@code character varying(100)} or {@code numeric(10,2)}. A text found in neither is a
 * {@link ColumnType#raw raw} type.
 */
final class TypeTable {

	/**
	 * What {@link dev.migrate.dialect.PostgresDialect} renders, as {@code format_type}
	 * reports it.
	 */
	static final TypeTable POSTGRESQL = new TypeTable(
			Map.ofEntries(Map.entry("boolean", SqlType.BOOLEAN), Map.entry("smallint", SqlType.SMALLINT),
					Map.entry("integer", SqlType.INTEGER), Map.entry("bigint", SqlType.BIGINT),
					Map.entry("real", SqlType.REAL), Map.entry("double precision", SqlType.DOUBLE),
					Map.entry("text", SqlType.TEXT), Map.entry("date", SqlType.DATE),
					Map.entry("time without time zone", SqlType.TIME),
					Map.entry("timestamp without time zone", SqlType.TIMESTAMP),
					Map.entry("timestamp with time zone", SqlType.TIMESTAMP_TZ), Map.entry("uuid", SqlType.UUID),
					Map.entry("bytea", SqlType.BINARY), Map.entry("jsonb", SqlType.JSON)),
			"character varying", "character", "numeric");

	/**
	 * What {@link dev.migrate.dialect.MariaDbDialect} renders, as
	 * {@code information_schema.columns.column_type} reports it. Integer types are listed
	 * with and without their default display width, as servers differ in reporting it.
	 */
	static final TypeTable MARIADB = new TypeTable(
			Map.ofEntries(Map.entry("tinyint(1)", SqlType.BOOLEAN), Map.entry("smallint(6)", SqlType.SMALLINT),
					Map.entry("smallint", SqlType.SMALLINT), Map.entry("int(11)", SqlType.INTEGER),
					Map.entry("int", SqlType.INTEGER), Map.entry("bigint(20)", SqlType.BIGINT),
					Map.entry("bigint", SqlType.BIGINT), Map.entry("float", SqlType.REAL),
					Map.entry("double", SqlType.DOUBLE), Map.entry("longtext", SqlType.TEXT),
					Map.entry("date", SqlType.DATE), Map.entry("time(6)", SqlType.TIME),
					Map.entry("datetime(6)", SqlType.TIMESTAMP), Map.entry("uuid", SqlType.UUID),
					Map.entry("longblob", SqlType.BINARY), Map.entry("json", SqlType.JSON)),
			"varchar", "char", "decimal");

	/**
	 * What {@link dev.migrate.dialect.H2Dialect} renders, as {@link H2SchemaInspector}
	 * writes H2's types.
	 */
	static final TypeTable H2 = new TypeTable(
			Map.ofEntries(Map.entry("BOOLEAN", SqlType.BOOLEAN), Map.entry("SMALLINT", SqlType.SMALLINT),
					Map.entry("INTEGER", SqlType.INTEGER), Map.entry("BIGINT", SqlType.BIGINT),
					Map.entry("REAL", SqlType.REAL), Map.entry("DOUBLE PRECISION", SqlType.DOUBLE),
					Map.entry("CHARACTER VARYING", SqlType.TEXT), Map.entry("DATE", SqlType.DATE),
					Map.entry("TIME", SqlType.TIME), Map.entry("TIMESTAMP", SqlType.TIMESTAMP),
					Map.entry("TIMESTAMP WITH TIME ZONE", SqlType.TIMESTAMP_TZ), Map.entry("UUID", SqlType.UUID),
					Map.entry("BINARY VARYING", SqlType.BINARY), Map.entry("JSON", SqlType.JSON)),
			"CHARACTER VARYING", "CHARACTER", "NUMERIC");

	private final Map<String, SqlType> plain;

	private final Pattern sized;

	private final String varchar;

	private final String character;

	private TypeTable(Map<String, SqlType> plain, String varchar, String character, String decimal) {
		this.plain = plain;
		this.varchar = varchar;
		this.character = character;
		this.sized = Pattern.compile("(" + Pattern.quote(varchar) + "|" + Pattern.quote(character) + "|"
				+ Pattern.quote(decimal) + ")\\((\\d+)(?:, ?(\\d+))?\\)");
	}

	ColumnType columnType(String text) {
		SqlType plainType = this.plain.get(text);
		if (plainType != null) {
			return new ColumnType(text, plainType);
		}
		Matcher matcher = this.sized.matcher(text);
		if (!matcher.matches()) {
			return ColumnType.raw(text);
		}
		int size = Integer.parseInt(matcher.group(2));
		String scale = matcher.group(3);
		String name = matcher.group(1);
		if (name.equals(this.varchar)) {
			return (scale != null) ? ColumnType.raw(text) : new ColumnType(text, SqlType.varchar(size));
		}
		if (name.equals(this.character)) {
			return (scale != null) ? ColumnType.raw(text) : new ColumnType(text, SqlType.character(size));
		}
		return new ColumnType(text, SqlType.decimal(size, (scale != null) ? Integer.parseInt(scale) : 0));
	}

}
