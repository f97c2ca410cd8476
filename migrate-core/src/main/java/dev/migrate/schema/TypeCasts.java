package dev.migrate.schema;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.SqlType.Kind;

/**
 * The {@code USING} expression of a type change that PostgreSQL converts only with an
 * explicit cast: it changes a type by itself only where an implicit or assignment cast
 * exists, which is not the case from a string to another type ({@code text} to
 * {@code integer}, {@code uuid} or {@code jsonb}) nor between {@code boolean} and the
 * numbers. The expression is the explicit cast, {@code column::new_type}. MariaDB and H2
 * convert the values themselves.
 */
final class TypeCasts {

	private static final Set<Kind> STRINGS = Set.of(Kind.CHAR, Kind.VARCHAR, Kind.TEXT);

	private static final Set<Kind> NUMBERS = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT, Kind.DECIMAL, Kind.REAL,
			Kind.DOUBLE);

	private final Dialect dialect;

	TypeCasts(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The expression that converts a column's values to its new type.
	 * @param column the column name
	 * @param from the current type
	 * @param to the new type
	 * @return the expression, or {@code null} when the database converts them itself
	 */
	@Nullable String using(String column, ColumnType from, ColumnType to) {
		if (!"postgresql".equals(this.dialect.name()) || !needsExplicitCast(from, to)) {
			return null;
		}
		return this.dialect.quote(column) + "::" + to.text();
	}

	private static boolean needsExplicitCast(ColumnType from, ColumnType to) {
		if (isString(to)) {
			return false;
		}
		if (isString(from)) {
			return true;
		}
		Kind fromKind = from.sqlType().kind();
		Kind toKind = to.sqlType().kind();
		return (fromKind == Kind.BOOLEAN && NUMBERS.contains(toKind))
				|| (NUMBERS.contains(fromKind) && toKind == Kind.BOOLEAN);
	}

	private static boolean isString(ColumnType type) {
		return STRINGS.contains(type.sqlType().kind()) || type.text().startsWith("character");
	}

}
