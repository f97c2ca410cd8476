package dev.migrate.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An index the schema declares, not one the database made for a constraint (the indexes
 * behind primary keys and unique constraints on every database, behind foreign keys on
 * MariaDB and H2).
 *
 * @param name the index name
 * @param keys the keys, in order
 * @param unique whether the index rejects duplicate keys
 * @param predicate the canonical condition of a partial index (PostgreSQL), or
 * {@code null}
 * @param method the access method in lower case, such as {@code btree} or {@code gin} on
 * PostgreSQL and {@code btree} or {@code fulltext} on MariaDB; {@code null} where the
 * database reports none (H2)
 */
public record Index(String name, List<IndexKey> keys, boolean unique, @Nullable String predicate,
		@Nullable String method) {

	public Index {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notEmpty(keys, () -> "Index '" + name + "' needs at least one key");
		keys = List.copyOf(keys);
	}

	/**
	 * The indexed columns, when every key is a whole column in ascending order, as
	 * {@link dev.migrate.ops.CreateIndex} creates them.
	 * @return the columns, or {@code null} when a key is an expression, descending, a
	 * prefix or sorts nulls against the default
	 */
	public @Nullable List<String> plainColumns() {
		boolean plain = this.keys.stream()
			.allMatch((key) -> key.column() != null && !key.descending() && key.prefixLength() == null
					&& key.nullsFirst() == null);
		return plain ? this.keys.stream().map(IndexKey::column).toList() : null;
	}

}
