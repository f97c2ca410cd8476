package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Remove a value from an enum type. PostgreSQL has no statement for it: the type is made
 * again without the value and every column of the type converted to it, which fails when
 * a row still holds the value. The position components say where the value was, so the
 * removal can be reversed.
 *
 * @param type the enum type
 * @param value the label to remove
 * @param before the label the removed one sorted before, or {@code null}
 * @param after the label the removed one sorted after, or {@code null}
 */
public record DropEnumValue(String type, String value, @Nullable String before,
		@Nullable String after) implements Operation {

	public DropEnumValue {
		Assert.hasText(type, "'type' must not be empty");
		Assert.notNull(value, "'value' must not be null");
		Assert.isTrue(before == null || after == null, "An enum value was either before or after another");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new AddEnumValue(this.type, this.value, this.before, this.after);
	}

}
