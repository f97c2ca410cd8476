package dev.migrate.ops;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table of the {@link InspectedSchema}.
 *
 * @param name the table name, as the database stores it
 * @param columns the columns, in order
 * @param constraints the primary key, unique, foreign key and check constraints, by name
 * @param indexes the indexes declared with {@code CREATE INDEX}, by name; not those the
 * database made for its constraints
 * @param comment the comment, or {@code null} for none
 */
public record InspectedTable(String name, List<InspectedColumn> columns, List<InspectedConstraint> constraints,
		List<InspectedIndex> indexes, @Nullable String comment) {

	public InspectedTable {
		columns = List.copyOf(columns);
		constraints = List.copyOf(constraints);
		indexes = List.copyOf(indexes);
	}

	/**
	 * The column of the given name.
	 * @param name the column name
	 * @return the column, or empty when there is none
	 */
	public Optional<InspectedColumn> column(String name) {
		return InspectedNames.find(this.columns, InspectedColumn::name, name);
	}

	/**
	 * Whether the table has a column.
	 * @param name the column name
	 * @return {@code true} when it does
	 */
	public boolean hasColumn(String name) {
		return column(name).isPresent();
	}

	/**
	 * The constraint of the given name.
	 * @param name the constraint name
	 * @return the constraint, or empty when there is none
	 */
	public Optional<InspectedConstraint> constraint(String name) {
		return InspectedNames.find(this.constraints, InspectedConstraint::name, name);
	}

	/**
	 * The primary key.
	 * @return the primary key, or empty when the table has none
	 */
	public Optional<InspectedConstraint> primaryKey() {
		return this.constraints.stream()
			.filter((constraint) -> constraint.kind() == ConstraintKind.PRIMARY_KEY)
			.findFirst();
	}

	/**
	 * The index of the given name.
	 * @param name the index name
	 * @return the index, or empty when there is none
	 */
	public Optional<InspectedIndex> index(String name) {
		return InspectedNames.find(this.indexes, InspectedIndex::name, name);
	}

}
