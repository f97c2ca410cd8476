package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop a constraint by name.
 *
 * @param name the constraint name
 * @param table the table name
 * @param kind the kind of constraint, which some databases need to drop it
 * @param definition the definition of the dropped constraint, so the drop can be reversed
 */
public record DropConstraint(String name, String table, ConstraintKind kind,
		@Nullable Constraint definition) implements Operation {

	public DropConstraint {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.notNull(kind, "'kind' must not be null");
		if (definition != null) {
			definition = definition.named(table);
			Assert.isTrue(name.equals(definition.name()) && kind == definition.kind(),
					"The definition must be of the dropped constraint");
		}
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new AddConstraint(this.table, IrreversibleOperationException.requireDefinition(this.definition,
				"drop_constraint '" + this.name + "' on '" + this.table + "'", "constraint"));
	}

}
