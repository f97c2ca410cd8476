package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Drop an index.
 *
 * @param name the index name
 * @param table the table of the index
 * @param definition the definition of the dropped index, so the drop can be reversed
 * @param concurrently whether the index is dropped without blocking reads and writes:
 * PostgreSQL's {@code CONCURRENTLY} (the revision then runs outside a transaction),
 * MariaDB's {@code ALGORITHM=INPLACE LOCK=NONE}
 */
public record DropIndex(String name, String table, @Nullable CreateIndex definition,
		@OptionalFlag boolean concurrently) implements Operation {

	public DropIndex {
		Assert.hasText(name, "'name' must not be empty");
		Assert.hasText(table, "'table' must not be empty");
		Assert.isTrue(definition == null || (definition.name().equals(name) && definition.table().equals(table)),
				"The definition must be of the dropped index");
	}

	/**
	 * Drop an index the usual way.
	 * @param name the index name
	 * @param table the table of the index
	 * @param definition the definition of the dropped index, or {@code null}
	 */
	public DropIndex(String name, String table, @Nullable CreateIndex definition) {
		this(name, table, definition, false);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		CreateIndex created = IrreversibleOperationException.requireDefinition(this.definition,
				"drop_index '" + this.name + "' on '" + this.table + "'", "index");
		return this.concurrently ? created.asConcurrent() : created;
	}

}
