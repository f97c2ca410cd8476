package dev.migrate.schema;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Checks shared by the constraint records.
 */
final class Names {

	private Names() {
	}

	static List<String> columns(String constraint, List<String> columns) {
		Assert.hasText(constraint, "'name' must not be empty");
		Assert.notEmpty(columns, () -> "Constraint '" + constraint + "' needs at least one column");
		columns.forEach((column) -> Assert.hasText(column, "'columns' must not contain empty names"));
		return List.copyOf(columns);
	}

}
