package dev.migrate.schema;

import java.util.List;

/**
 * A unique constraint. On MariaDB, which makes no difference between the two, every
 * B-tree unique index on whole columns is one.
 *
 * @param name the name, as given or as the database generated it
 * @param columns the unique columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

	public UniqueConstraint {
		columns = Names.columns(name, columns);
	}

}
