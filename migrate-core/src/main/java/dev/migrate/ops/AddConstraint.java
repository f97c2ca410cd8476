package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Add a constraint to an existing table. A constraint without a name is named by the
 * {@link NamingConvention}.
 *
 * @param table the table name
 * @param constraint the constraint, always named
 * @param notValid whether a foreign key or check leaves the existing rows unchecked until
 * a {@link ValidateConstraint} (PostgreSQL's {@code NOT VALID}; MariaDB adds a foreign
 * key with {@code foreign_key_checks} off, without copying the table; H2 checks the rows
 * at once)
 */
public record AddConstraint(String table, Constraint constraint, @OptionalFlag boolean notValid) implements Operation {

	public AddConstraint {
		Assert.hasText(table, "'table' must not be empty");
		Assert.isTrue(
				!notValid || constraint.kind() == ConstraintKind.FOREIGN_KEY
						|| constraint.kind() == ConstraintKind.CHECK,
				"Only a foreign key or check can be added not valid");
		constraint = constraint.named(table);
	}

	/**
	 * Add a constraint that checks the existing rows at once.
	 * @param table the table name
	 * @param constraint the constraint
	 */
	public AddConstraint(String table, Constraint constraint) {
		this(table, constraint, false);
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
