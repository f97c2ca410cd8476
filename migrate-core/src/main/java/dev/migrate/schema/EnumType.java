package dev.migrate.schema;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A PostgreSQL enum type.
 *
 * @param name the type name
 * @param values the labels, in sort order
 */
public record EnumType(String name, List<String> values) {

	public EnumType {
		Assert.hasText(name, "'name' must not be empty");
		values = List.copyOf(values);
	}

}
