package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop an index.
 *
 * @param name the index name
 * @param table the table of the index
 * @param definition the definition of the dropped index, so the drop can be reversed
 */
public record DropIndex(String name, String table, @Nullable CreateIndex definition) implements Operation {

	public DropIndex {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.isTrue(definition == null || (definition.name().equals(name) && definition.table().equals(table)),
				"The definition must be of the dropped index");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return IrreversibleOperationException.requireDefinition(this.definition,
				"drop_index '" + this.name + "' on '" + this.table + "'", "index");
	}

}
