package dev.migrate.schema;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A table. Columns keep their order; constraints and indexes are sorted by name, so equal
 * schemas give equal tables whatever order the catalog returns them in.
 *
 * @param name the table name, as the database stores it
 * @param columns the columns, in order
 * @param primaryKey the primary key, or {@code null}
 * @param uniqueConstraints the unique constraints
 * @param foreignKeys the foreign keys
 * @param checkConstraints the check constraints, without those the database made by
 * itself (MariaDB's {@code json_valid} checks)
 * @param indexes the declared indexes
 * @param comment the comment, or {@code null} for none
 */
public record Table(String name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checkConstraints,
		List<Index> indexes, @Nullable String comment) {

	public Table {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notEmpty(columns, () -> "Table '" + name + "' needs at least one column");
		columns = List.copyOf(columns);
		uniqueConstraints = byName(uniqueConstraints, UniqueConstraint::name);
		foreignKeys = byName(foreignKeys, ForeignKey::name);
		checkConstraints = byName(checkConstraints, CheckConstraint::name);
		indexes = byName(indexes, Index::name);
	}

	/**
	 * A table with only columns.
	 * @param name the table name
	 * @param columns the columns
	 * @return the table
	 */
	public static Table of(String name, List<Column> columns) {
		return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
	}

	/**
	 * The column with the given name.
	 * @param name the name as the database stores it
	 * @return the column, or {@code null} when there is none
	 */
	public @Nullable Column column(String name) {
		return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst().orElse(null);
	}

	private static <T> List<T> byName(List<T> elements, Function<T, String> name) {
		return elements.stream().sorted(Comparator.comparing(name)).toList();
	}

}
