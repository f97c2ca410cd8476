package dev.migrate.schema;

import org.springframework.util.Assert;

/**
 * A sequence that stands on its own (not the one behind an identity or serial column).
 *
 * @param name the sequence name
 * @param dataType the canonical name of its value type, such as {@code bigint}
 * @param start the first value
 * @param increment the step between values
 * @param minValue the smallest value
 * @param maxValue the largest value
 * @param cycle whether it starts over after its last value
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
		boolean cycle) {

	public Sequence {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(dataType, "'dataType' must not be empty");
	}

}
