package dev.migrate.schema;

import org.springframework.util.Assert;

/**
 * A check constraint.
 *
 * @param name the name, as given or as the database generated it
 * @param expression the condition as the database's canonical text, without the
 * surrounding {@code CHECK}
 */
public record CheckConstraint(String name, String expression) {

	public CheckConstraint {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(expression, "'expression' must not be empty");
	}

}
