package dev.migrate.ops;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A constraint of an {@link InspectedTable}.
 *
 * @param name the constraint name, as the database stores it (the one the database
 * generated for a constraint declared without a name)
 * @param kind the kind of constraint
 * @param columns the constrained columns, in key order; empty for a check
 * @param referencedTable the table a foreign key references, or {@code null}
 * @param referencedColumns the columns a foreign key references; otherwise empty
 * @param expression the condition of a check as the database writes it, or {@code null}
 */
public record InspectedConstraint(String name, ConstraintKind kind, List<String> columns,
		@Nullable String referencedTable, List<String> referencedColumns, @Nullable String expression) {

	public InspectedConstraint {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

}
