package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * A column of an {@link InspectedTable}.
 *
 * @param name the column name, as the database stores it
 * @param type the type as the database writes it, such as {@code character varying(255)}
 * on PostgreSQL
 * @param nullable whether it accepts {@code NULL}
 * @param defaultValue the default as the database writes it, or {@code null} for none
 * @param identity whether its values are generated (identity, serial or auto-increment)
 */
public record InspectedColumn(String name, String type, boolean nullable, @Nullable String defaultValue,
		boolean identity) {

}
