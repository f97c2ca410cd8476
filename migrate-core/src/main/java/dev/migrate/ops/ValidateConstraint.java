package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Check the existing rows against a foreign key or check constraint added
 * {@link AddConstraint#notValid() not valid}, in a later revision than the one that added
 * it: PostgreSQL's {@code VALIDATE CONSTRAINT}, which reads the table without blocking
 * writes. MariaDB and H2 have no such statement, and it renders none there. Its reverse
 * validates again, which does nothing to a valid constraint.
 *
 * @param table the table name
 * @param name the constraint name
 */
public record ValidateConstraint(String table, String name) implements Operation {

	public ValidateConstraint {
		Assert.hasText(table, "'table' must not be empty");
		Assert.hasText(name, "'name' must not be empty");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return this;
	}

}
