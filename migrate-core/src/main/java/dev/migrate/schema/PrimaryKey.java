package dev.migrate.schema;

import java.util.List;

/**
 * The primary key of a table.
 *
 * @param name the name the database knows it by ({@code PRIMARY} on MariaDB)
 * @param columns the key columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) {

	public PrimaryKey {
		columns = Names.columns(name, columns);
	}

}
