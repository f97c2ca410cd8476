package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * The options of a sequence; each is optional ({@code null} is the database's default
 * when creating, and no change when altering). Build them with the withers:
 * <pre class="code">
 * SequenceOptions.options().start(1000).increment(10).cache(20)
 * </pre>
 *
 * @param start the first value
 * @param increment the step between values (negative for a descending sequence)
 * @param minValue the smallest value
 * @param maxValue the largest value
 * @param cache how many values the database allocates ahead
 * @param cycle whether the sequence starts over after its last value
 */
public record SequenceOptions(@Nullable Long start, @Nullable Long increment, @Nullable Long minValue,
		@Nullable Long maxValue, @Nullable Long cache, @Nullable Boolean cycle) {

	private static final SequenceOptions NONE = new SequenceOptions(null, null, null, null, null, null);

	/**
	 * No options: the database's defaults.
	 * @return the options
	 */
	public static SequenceOptions options() {
		return NONE;
	}

	/**
	 * These options with a first value.
	 * @param start the first value
	 * @return new options
	 */
	public SequenceOptions start(long start) {
		return new SequenceOptions(start, this.increment, this.minValue, this.maxValue, this.cache, this.cycle);
	}

	/**
	 * These options with a step.
	 * @param increment the step between values
	 * @return new options
	 */
	public SequenceOptions increment(long increment) {
		return new SequenceOptions(this.start, increment, this.minValue, this.maxValue, this.cache, this.cycle);
	}

	/**
	 * These options with a smallest value.
	 * @param minValue the smallest value
	 * @return new options
	 */
	public SequenceOptions minValue(long minValue) {
		return new SequenceOptions(this.start, this.increment, minValue, this.maxValue, this.cache, this.cycle);
	}

	/**
	 * These options with a largest value.
	 * @param maxValue the largest value
	 * @return new options
	 */
	public SequenceOptions maxValue(long maxValue) {
		return new SequenceOptions(this.start, this.increment, this.minValue, maxValue, this.cache, this.cycle);
	}

	/**
	 * These options with a cache size.
	 * @param cache how many values the database allocates ahead
	 * @return new options
	 */
	public SequenceOptions cache(long cache) {
		return new SequenceOptions(this.start, this.increment, this.minValue, this.maxValue, cache, this.cycle);
	}

	/**
	 * These options, cycling or not.
	 * @param cycle whether the sequence starts over after its last value
	 * @return new options
	 */
	public SequenceOptions cycle(boolean cycle) {
		return new SequenceOptions(this.start, this.increment, this.minValue, this.maxValue, this.cache, cycle);
	}

	/**
	 * Whether no option is given.
	 * @return {@code true} when every option is {@code null}
	 */
	public boolean isEmpty() {
		return equals(NONE);
	}

}
