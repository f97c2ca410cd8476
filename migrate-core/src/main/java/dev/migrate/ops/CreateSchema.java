package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Create a schema (PostgreSQL and H2; on MariaDB a schema is a database).
 *
 * @param name the schema name
 */
public record CreateSchema(String name) implements Operation {

	public CreateSchema {
		Assert.hasText(name, "'name' must not be empty");
		Assert.isTrue(name.indexOf('.') < 0, () -> "A schema name is not qualified: '" + name + "'");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropSchema(this.name);
	}

}
