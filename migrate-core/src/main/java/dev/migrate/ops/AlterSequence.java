package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Change the options of a sequence, and optionally restart it. The {@code existing}
 * options describe the sequence before the change, so that {@link #reverse()} can put
 * back each option it changes; a restart is not undone by the reverse (the values handed
 * out stay used).
 *
 * @param name the sequence name
 * @param changes the options to change; {@code null} components are left as they are
 * @param existing the options before the change
 * @param restartWith the value the sequence hands out next, or {@code null} to leave it
 */
public record AlterSequence(String name, SequenceOptions changes, SequenceOptions existing,
		@Nullable Long restartWith) implements Operation {

	public AlterSequence {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(changes, "'changes' must not be null");
		Assert.notNull(existing, "'existing' must not be null");
		Assert.isTrue(!changes.isEmpty() || restartWith != null, "An alter_sequence must change something");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		List<String> missing = new ArrayList<>();
		check(missing, "start", SequenceOptions::start);
		check(missing, "increment", SequenceOptions::increment);
		check(missing, "minValue", SequenceOptions::minValue);
		check(missing, "maxValue", SequenceOptions::maxValue);
		check(missing, "cache", SequenceOptions::cache);
		check(missing, "cycle", SequenceOptions::cycle);
		if (!missing.isEmpty()) {
			throw new IrreversibleOperationException("alter_sequence '" + this.name + "' changes " + missing
					+ " but carries no existing value for it; describe the sequence before the change to reverse it");
		}
		if (this.changes.isEmpty()) {
			throw new IrreversibleOperationException("alter_sequence '" + this.name
					+ "' only restarts the sequence, which cannot be undone; write the downgrade by hand");
		}
		SequenceOptions reversed = new SequenceOptions(back(SequenceOptions::start), back(SequenceOptions::increment),
				back(SequenceOptions::minValue), back(SequenceOptions::maxValue), back(SequenceOptions::cache),
				back(SequenceOptions::cycle));
		return new AlterSequence(this.name, reversed, after(), null);
	}

	private void check(List<String> missing, String option, Function<SequenceOptions, @Nullable Object> value) {
		if (value.apply(this.changes) != null && value.apply(this.existing) == null) {
			missing.add(option);
		}
	}

	private <T> @Nullable T back(Function<SequenceOptions, @Nullable T> value) {
		return (value.apply(this.changes) != null) ? value.apply(this.existing) : null;
	}

	private SequenceOptions after() {
		return new SequenceOptions(resulting(SequenceOptions::start), resulting(SequenceOptions::increment),
				resulting(SequenceOptions::minValue), resulting(SequenceOptions::maxValue),
				resulting(SequenceOptions::cache), resulting(SequenceOptions::cycle));
	}

	private <T> @Nullable T resulting(Function<SequenceOptions, @Nullable T> value) {
		T changed = value.apply(this.changes);
		return (changed != null) ? changed : value.apply(this.existing);
	}

}
