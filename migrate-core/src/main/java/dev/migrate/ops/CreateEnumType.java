package dev.migrate.ops;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Create an enum type (PostgreSQL's {@code CREATE TYPE ... AS ENUM}).
 *
 * @param name the type name, optionally {@code schema.type}
 * @param values the labels, in sort order
 */
public record CreateEnumType(String name, List<String> values) implements Operation {

	public CreateEnumType {
		Assert.hasText(name, "'name' must not be empty");
		values = List.copyOf(values);
		Assert.isTrue(values.stream().distinct().count() == values.size(), "The values of an enum type must differ");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropEnumType(this.name, this);
	}

}
