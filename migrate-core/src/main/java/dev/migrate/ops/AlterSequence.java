package dev.migrate.ops;

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
		String operation = "alter_sequence '" + this.name + "'";
		SequenceOptions reversed = this.changes.reversal(this.existing, operation, "sequence");
		if (this.changes.isEmpty()) {
			throw new IrreversibleOperationException(
					operation + " only restarts the sequence, which cannot be undone; write the downgrade by hand");
		}
		return new AlterSequence(this.name, reversed, this.changes.over(this.existing), null);
	}

}
