package dev.migrate.schema;

import dev.migrate.ops.SqlType.Kind;
import dev.migrate.ops.TypeConversion;

/**
 * Whether a type change may lose values: {@link Hazard#NARROWS_TYPE}. A change is safe
 * only when {@link TypeConversion} knows that the new type holds every value of the old
 * one; any other conversion is reported.
 */
final class TypeChanges {

	private TypeChanges() {
	}

	/**
	 * Whether changing a column from one type to another may cut or reject values.
	 * @param from the current type
	 * @param to the new type
	 * @return {@code true} unless the new type holds every value of the old one
	 */
	static boolean narrows(ColumnType from, ColumnType to) {
		if (from.text().equals(to.text())) {
			return false;
		}
		boolean named = from.sqlType().kind() != Kind.RAW && to.sqlType().kind() != Kind.RAW;
		TypeConversion conversion = named ? TypeConversion.of(from.sqlType(), to.sqlType())
				: TypeConversion.ofTypeNames(from.text(), to.text());
		return conversion != TypeConversion.WIDENING;
	}

}
