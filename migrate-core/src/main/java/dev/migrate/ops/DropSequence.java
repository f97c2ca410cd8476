package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop a sequence.
 *
 * @param name the sequence name
 * @param definition the definition of the dropped sequence, so the drop can be reversed
 */
public record DropSequence(String name, @Nullable CreateSequence definition) implements Operation {

	public DropSequence {
		Assert.hasText(name, "'name' must not be empty");
		Assert.isTrue(definition == null || definition.name().equals(name),
				"The definition must be of the dropped sequence");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return IrreversibleOperationException.requireDefinition(this.definition, "drop_sequence '" + this.name + "'",
				"sequence");
	}

}
