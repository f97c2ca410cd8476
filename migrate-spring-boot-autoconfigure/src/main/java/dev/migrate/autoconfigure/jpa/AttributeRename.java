package dev.migrate.autoconfigure.jpa;

import java.util.List;

import dev.migrate.annotations.RenamedFrom;
import dev.migrate.schema.RenameHint;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Property;

/**
 * The rename a {@link dev.migrate.annotations.RenamedFrom @RenamedFrom} on an attribute
 * gives: of the one column it maps to (a {@code @ManyToOne} its join column), or of the
 * table of a collection that has one ({@code @ElementCollection}, {@code @ManyToMany}).
 */
final class AttributeRename {

	private AttributeRename() {
	}

	/**
	 * The hint of an attribute.
	 * @param names the stored names of the attribute's metadata
	 * @param property the attribute
	 * @param attribute the attribute as messages name it, such as
	 * {@code com.example.Shop.address.street}
	 * @param oldName the old name the hint gives
	 * @param origin where the hint was declared
	 * @return the hint
	 * @throws IllegalStateException when the attribute maps to no single column and no
	 * table of its own
	 */
	static RenameHint of(StoredNames names, Property property, String attribute, String oldName, String origin) {
		if (property.getValue() instanceof Collection collection) {
			if (collection.isOneToMany()) {
				throw new IllegalStateException(origin + " renames no table: the collection is stored in the table "
						+ "of its elements; put @RenamedFrom on the element's field that maps the join column");
			}
			return RenameHint.table(names.of(oldName), names.of(collection.getCollectionTable())).declaredAt(origin);
		}
		List<Column> columns = property.getColumns();
		if (columns.size() != 1) {
			throw new IllegalStateException(origin + " renames no single column: " + attribute + " maps to "
					+ columns.size() + " columns; rename them with @RenamedFrom on the fields of the embeddable "
					+ "or in the revision");
		}
		return RenameHint.column(names.of(property.getValue().getTable()), names.of(oldName), names.of(columns.get(0)))
			.declaredAt(origin);
	}

	/**
	 * Where a hint was declared, for messages.
	 * @param renamedFrom the hint
	 * @param where the entity or attribute it is on
	 * @return such as {@code @RenamedFrom("full_name") on com.example.Client.displayName}
	 */
	static String origin(RenamedFrom renamedFrom, String where) {
		return "@RenamedFrom(\"" + renamedFrom.value() + "\") on " + where;
	}

}
