package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Create a sequence.
 *
 * @param name the sequence name, optionally {@code schema.sequence}
 * @param type the integer type of its values ({@link SqlType#SMALLINT},
 * {@link SqlType#INTEGER} or {@link SqlType#BIGINT}), or {@code null} for the database's
 * default ({@code BIGINT})
 * @param options its options
 */
public record CreateSequence(String name, @Nullable SqlType type, SequenceOptions options) implements Operation {

	public CreateSequence {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(options, "'options' must not be null");
		Assert.isTrue(
				type == null || type.kind() == SqlType.Kind.SMALLINT || type.kind() == SqlType.Kind.INTEGER
						|| type.kind() == SqlType.Kind.BIGINT,
				() -> "A sequence counts in SMALLINT, INTEGER or BIGINT, not " + type);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropSequence(this.name, this);
	}

}
