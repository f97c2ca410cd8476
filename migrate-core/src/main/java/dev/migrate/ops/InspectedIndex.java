package dev.migrate.ops;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An index of an {@link InspectedTable}.
 *
 * @param name the index name, as the database stores it
 * @param keys the indexed columns, or for an expression key its SQL text, in order
 * @param unique whether the index rejects duplicate values
 * @param where the condition of a partial index (PostgreSQL), or {@code null}
 */
public record InspectedIndex(String name, List<String> keys, boolean unique, @Nullable String where) {

	public InspectedIndex {
		keys = List.copyOf(keys);
	}

}
