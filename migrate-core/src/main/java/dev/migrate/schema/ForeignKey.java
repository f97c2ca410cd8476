package dev.migrate.schema;

import java.util.List;

import org.springframework.util.Assert;

import dev.migrate.ops.ForeignKeyAction;

/**
 * A foreign key.
 *
 * @param name the name, as given or as the database generated it
 * @param columns the referencing columns
 * @param referencedTable the referenced table, named {@code schema.table} when it is in
 * another schema than the default one
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete the action on delete of a referenced row
 * @param onUpdate the action on update of a referenced key
 * @param deferrable whether checking can be deferred to the end of the transaction
 * (PostgreSQL)
 * @param initiallyDeferred whether checking is deferred unless a transaction asks
 * otherwise (PostgreSQL)
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
		ForeignKeyAction onDelete, ForeignKeyAction onUpdate, boolean deferrable, boolean initiallyDeferred) {

	public ForeignKey {
		columns = Names.columns(name, columns);
		Assert.hasText(referencedTable, "'referencedTable' must not be empty");
		referencedColumns = Names.columns(name, referencedColumns);
		Assert.isTrue(columns.size() == referencedColumns.size(),
				() -> "Foreign key '" + name + "' needs as many referenced columns as referencing columns");
		Assert.notNull(onDelete, "'onDelete' must not be null");
		Assert.notNull(onUpdate, "'onUpdate' must not be null");
	}

	/**
	 * A foreign key that cannot be deferred.
	 * @param name the name
	 * @param columns the referencing columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns
	 * @param onDelete the action on delete of a referenced row
	 * @param onUpdate the action on update of a referenced key
	 * @return the foreign key
	 */
	public static ForeignKey of(String name, List<String> columns, String referencedTable,
			List<String> referencedColumns, ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
		return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, false, false);
	}

}
