package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Drop a schema, which must be empty: the database refuses to drop one that still holds
 * tables, types or sequences.
 *
 * @param name the schema name
 */
public record DropSchema(String name) implements Operation {

	public DropSchema {
		Assert.hasText(name, "'name' must not be empty");
		Assert.isTrue(name.indexOf('.') < 0, () -> "A schema name is not qualified: '" + name + "'");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new CreateSchema(this.name);
	}

}
