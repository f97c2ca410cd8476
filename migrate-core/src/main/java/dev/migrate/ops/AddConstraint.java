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
 * @param concurrentIndex whether a unique constraint or primary key takes over a unique
 * index of its name built just before without blocking writes: on PostgreSQL
 * {@code CREATE UNIQUE INDEX CONCURRENTLY} and then
 * {@code ADD CONSTRAINT ... USING INDEX} (the revision then runs outside a transaction);
 * MariaDB and H2 add the constraint as usual
 */
public record AddConstraint(String table, Constraint constraint, @OptionalFlag boolean notValid,
		@OptionalFlag boolean concurrentIndex) implements Operation {

	public AddConstraint {
		Assert.hasText(table, "'table' must not be empty");
		Assert.isTrue(
				!notValid || constraint.kind() == ConstraintKind.FOREIGN_KEY
						|| constraint.kind() == ConstraintKind.CHECK,
				"Only a foreign key or check can be added not valid");
		Assert.isTrue(
				!concurrentIndex || constraint.kind() == ConstraintKind.UNIQUE
						|| constraint.kind() == ConstraintKind.PRIMARY_KEY,
				"Only a unique constraint or primary key can be added with an index built concurrently");
		constraint = constraint.named(table);
	}

	/**
	 * Add a constraint, checking the existing rows at once unless it is not valid.
	 * @param table the table name
	 * @param constraint the constraint
	 * @param notValid whether a foreign key or check leaves the existing rows unchecked
	 */
	public AddConstraint(String table, Constraint constraint, boolean notValid) {
		this(table, constraint, notValid, false);
	}

	/**
	 * Add a constraint that checks the existing rows at once.
	 * @param table the table name
	 * @param constraint the constraint
	 */
	public AddConstraint(String table, Constraint constraint) {
		this(table, constraint, false, false);
	}

	/**
	 * This unique constraint or primary key, added with an index built concurrently
	 * first.
	 * @return the constraint added with its index built concurrently
	 * @see #concurrentIndex()
	 */
	public AddConstraint withConcurrentIndex() {
		return new AddConstraint(this.table, this.constraint, false, true);
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
