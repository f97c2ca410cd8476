package dev.migrate.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name the name, as given or as the database generated it
 * @param columns the unique columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

	public UniqueConstraint {
		columns = Names.columns(name, columns);
	}

}
