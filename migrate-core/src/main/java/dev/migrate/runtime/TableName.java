package dev.migrate.runtime;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.migrate.dialect.Dialect;

import org.jspecify.annotations.Nullable;

/**
 * The name of one of migrate's own tables, optionally in a schema.
 *
 * @param schema the schema, or {@code null} for the connection's default
 * @param name the table name
 */
record TableName(@Nullable String schema, String name) {

	/**
	 * Return the name as operations take it: {@code schema.name} or {@code name}.
	 * @return the possibly qualified name
	 */
	String qualified() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

	/**
	 * Return the name quoted for SQL where the dialect needs it.
	 * @param dialect the dialect
	 * @return the quoted, possibly qualified name
	 */
	String sql(Dialect dialect) {
		return dialect.quoteQualified(qualified());
	}

	@Override
	public String toString() {
		return qualified();
	}

}
