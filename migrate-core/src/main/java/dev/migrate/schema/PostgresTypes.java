package dev.migrate.schema;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ops.SqlType;

/**
 * The ops type of each PostgreSQL type that {@link dev.migrate.dialect.PostgresDialect}
 * renders, keyed by the text {@code format_type} gives it.
 */
final class PostgresTypes {

	private static final Map<String, SqlType> PLAIN = Map.ofEntries(Map.entry("boolean", SqlType.BOOLEAN),
			Map.entry("smallint", SqlType.SMALLINT), Map.entry("integer", SqlType.INTEGER),
			Map.entry("bigint", SqlType.BIGINT), Map.entry("real", SqlType.REAL),
			Map.entry("double precision", SqlType.DOUBLE), Map.entry("text", SqlType.TEXT),
			Map.entry("date", SqlType.DATE), Map.entry("time without time zone", SqlType.TIME),
			Map.entry("timestamp without time zone", SqlType.TIMESTAMP),
			Map.entry("timestamp with time zone", SqlType.TIMESTAMP_TZ), Map.entry("uuid", SqlType.UUID),
			Map.entry("bytea", SqlType.BINARY), Map.entry("jsonb", SqlType.JSON));

	private static final Pattern SIZED = Pattern
		.compile("(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)");

	private PostgresTypes() {
	}

	static ColumnType columnType(String text) {
		SqlType plain = PLAIN.get(text);
		if (plain != null) {
			return new ColumnType(text, plain);
		}
		Matcher sized = SIZED.matcher(text);
		if (sized.matches()) {
			int size = Integer.parseInt(sized.group(2));
			String scale = sized.group(3);
			SqlType type = switch (sized.group(1)) {
				case "character varying" -> SqlType.varchar(size);
				case "character" -> SqlType.character(size);
				default -> SqlType.decimal(size, (scale != null) ? Integer.parseInt(scale) : 0);
			};
			return new ColumnType(text, type);
		}
		return ColumnType.raw(text);
	}

}
