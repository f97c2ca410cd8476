package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Add a value to an enum type, at the end or placed before or after an existing value.
 * PostgreSQL cannot use the new value in the transaction that adds it, so a revision that
 * adds one runs outside a transaction there.
 *
 * @param type the enum type
 * @param value the new label
 * @param before the existing label the new one sorts before, or {@code null}
 * @param after the existing label the new one sorts after, or {@code null}; at most one
 * of {@code before} and {@code after}
 */
public record AddEnumValue(String type, String value, @Nullable String before,
		@Nullable String after) implements Operation {

	public AddEnumValue {
		Assert.hasText(type, "'type' must not be empty");
		Assert.notNull(value, "'value' must not be null");
		Assert.isTrue(before == null || after == null, "A new enum value goes either before or after another");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new DropEnumValue(this.type, this.value, this.before, this.after);
	}

}
