package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Add a constraint to an existing table. A constraint without a name is named by the
 * {@link NamingConvention}.
 *
 * @param table the table name
 * @param constraint the constraint, always named
 */
public record AddConstraint(String table, Constraint constraint) implements Operation {

	public AddConstraint {
		Assert.hasText(table, "'table' must not be empty");
		constraint = constraint.named(table);
	}

	/**
	 * The name of the constraint.
	 * @return the name
	 */
	public String name() {
		return this.constraint.resolvedName(this.table);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropConstraint(name(), this.table, this.constraint.kind(), this.constraint);
	}

}
