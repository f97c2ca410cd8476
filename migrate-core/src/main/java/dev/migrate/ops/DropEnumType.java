package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop an enum type.
 *
 * @param name the type name
 * @param definition the definition of the dropped type, so the drop can be reversed
 */
public record DropEnumType(String name, @Nullable CreateEnumType definition) implements Operation {

	public DropEnumType {
		Assert.hasText(name, "'name' must not be empty");
		Assert.isTrue(definition == null || definition.name().equals(name),
				"The definition must be of the dropped type");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return IrreversibleOperationException.requireDefinition(this.definition, "drop_enum_type '" + this.name + "'",
				"enum type");
	}

}
