package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Create a table. Constraints without a name are named by the {@link NamingConvention}.
 *
 * @param table the table name, optionally {@code schema.table}
 * @param columns the columns, in order
 * @param constraints the table constraints
 * @param comment the table comment
 */
public record CreateTable(String table, List<Column> columns, List<Constraint> constraints,
		@Nullable String comment) implements Operation {

	public CreateTable {
		Assert.hasText(table, "'table' must not be empty");
		Assert.notEmpty(columns, () -> "Table '" + table + "' needs at least one column");
		columns = List.copyOf(columns);
		constraints = constraints.stream().map((constraint) -> constraint.named(table)).toList();
	}

	/**
	 * Create a table from a mix of columns and constraints.
	 * @param table the table name
	 * @param comment the table comment
	 * @param elements the columns and constraints
	 * @return the operation
	 */
	public static CreateTable of(String table, @Nullable String comment, List<? extends TableElement> elements) {
		List<Column> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				columns.add(column);
			}
			else if (element instanceof Constraint constraint) {
				constraints.add(constraint);
			}
		}
		return new CreateTable(table, columns, constraints, comment);
	}

	/**
	 * The columns and then the constraints, as given to {@link #of}.
	 * @return the elements
	 */
	public List<TableElement> elements() {
		List<TableElement> elements = new ArrayList<>(this.columns);
		elements.addAll(this.constraints);
		return elements;
	}

	/**
	 * Every constraint of the table, named: the inline primary key and unique columns
	 * first, then the table constraints.
	 * @return the constraints
	 */
	public List<Constraint> allConstraints() {
		List<Constraint> all = new ArrayList<>();
		List<String> primaryKey = this.columns.stream().filter(Column::isPrimaryKey).map(Column::name).toList();
		if (!primaryKey.isEmpty()) {
			all.add(new Constraint.PrimaryKey(null, primaryKey).named(this.table));
		}
		this.columns.stream()
			.filter(Column::isUnique)
			.forEach((column) -> all.add(Constraint.unique(column.name()).named(this.table)));
		all.addAll(this.constraints);
		return all;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropTable(this.table, this);
	}

}
