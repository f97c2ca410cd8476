package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Rename a value of an enum type; rows holding it hold the new name.
 *
 * @param type the enum type
 * @param value the current label
 * @param newValue the new label
 */
public record RenameEnumValue(String type, String value, String newValue) implements Operation {

	public RenameEnumValue {
		Assert.hasText(type, "'type' must not be empty");
		Assert.notNull(value, "'value' must not be null");
		Assert.notNull(newValue, "'newValue' must not be null");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new RenameEnumValue(this.type, this.newValue, this.value);
	}

}
