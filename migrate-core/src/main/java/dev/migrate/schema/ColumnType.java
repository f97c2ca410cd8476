package dev.migrate.schema;

import org.springframework.util.Assert;

import dev.migrate.ops.SqlType;

/**
 * A column type: the database's canonical text, which is what a comparison uses, and the
 * operations type that creates it. The {@link #sqlType()} is a dialect-neutral type only
 * when the dialect renders that type as this very type; otherwise it is
 * {@link SqlType#raw(String) raw} with the canonical text.
 *
 * @param text the canonical type, such as {@code character varying(100)} on PostgreSQL,
 * {@code varchar(100)} on MariaDB or {@code CHARACTER VARYING(100)} on H2
 * @param sqlType the type to give a {@link dev.migrate.ops.Column} to create this type
 */
public record ColumnType(String text, SqlType sqlType) {

	public ColumnType {
		Assert.hasText(text, "'text' must not be empty");
		Assert.notNull(sqlType, "'sqlType' must not be null");
	}

	/**
	 * A type no dialect-neutral type creates, used as written.
	 * @param text the canonical type
	 * @return the type
	 */
	public static ColumnType raw(String text) {
		return new ColumnType(text, SqlType.raw(text));
	}

}
