package dev.migrate.schema;

import org.springframework.util.Assert;

/**
 * A computed column's expression ({@code GENERATED ALWAYS AS (...)}).
 *
 * @param expression the canonical expression text
 * @param stored whether the value is stored, rather than computed when read
 */
public record GeneratedValue(String expression, boolean stored) {

	public GeneratedValue {
		Assert.hasText(expression, "'expression' must not be empty");
	}

}
