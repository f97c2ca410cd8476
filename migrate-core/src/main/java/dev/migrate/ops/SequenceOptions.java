package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

	/**
	 * The options that undo these changes: for each option given here, its existing
	 * value.
	 * @param existing the options before the change
	 * @param operation the changing operation, such as {@code alter_sequence 'order_no'},
	 * for the error
	 * @param object what the options belong to, such as {@code sequence}, for the error
	 * @return the options that put back the existing values
	 * @throws IrreversibleOperationException when a changed option has no existing value
	 */
	SequenceOptions reversal(SequenceOptions existing, String operation, String object) {
		List<String> missing = new ArrayList<>();
		for (Option option : Option.values()) {
			if (option.value.apply(this) != null && option.value.apply(existing) == null) {
				missing.add(option.label);
			}
		}
		if (!missing.isEmpty()) {
			throw new IrreversibleOperationException(
					operation + " changes " + missing + " but carries no existing value for it; describe the " + object
							+ " before the change to reverse it");
		}
		return new SequenceOptions(back(existing, SequenceOptions::start), back(existing, SequenceOptions::increment),
				back(existing, SequenceOptions::minValue), back(existing, SequenceOptions::maxValue),
				back(existing, SequenceOptions::cache), back(existing, SequenceOptions::cycle));
	}

	private <T> @Nullable T back(SequenceOptions existing, Function<SequenceOptions, @Nullable T> value) {
		return (value.apply(this) != null) ? value.apply(existing) : null;
	}

	/**
	 * These changes applied to existing options: each option given here, and else the
	 * existing one.
	 * @param existing the options before the change
	 * @return the options after the change
	 */
	SequenceOptions over(SequenceOptions existing) {
		return new SequenceOptions(first(this.start, existing.start), first(this.increment, existing.increment),
				first(this.minValue, existing.minValue), first(this.maxValue, existing.maxValue),
				first(this.cache, existing.cache), first(this.cycle, existing.cycle));
	}

	private static <T> @Nullable T first(@Nullable T changed, @Nullable T existing) {
		return (changed != null) ? changed : existing;
	}

	private enum Option {

		START("start", SequenceOptions::start), INCREMENT("increment", SequenceOptions::increment),
		MIN_VALUE("minValue", SequenceOptions::minValue), MAX_VALUE("maxValue", SequenceOptions::maxValue),
		CACHE("cache", SequenceOptions::cache), CYCLE("cycle", SequenceOptions::cycle);

		private final String label;

		private final Function<SequenceOptions, @Nullable Object> value;

		Option(String label, Function<SequenceOptions, @Nullable Object> value) {
			this.label = label;
			this.value = value;
		}

	}

}
