package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrate.ops.Operation;

/**
 * What it takes to turn a current schema into a desired one.
 *
 * @param changes the changes, in the order the upgrade runs them
 * @param renameCandidates dropped tables or columns that look like added ones: possible
 * renames, applied only when confirmed by a {@link RenameHint}
 * @param unsupported differences the operations API cannot express yet, each on a line
 * naming the object; the upgrade leaves them as they are
 */
public record SchemaDiff(List<SchemaChange> changes, List<RenameCandidate> renameCandidates, List<String> unsupported) {

	public SchemaDiff {
		changes = List.copyOf(changes);
		renameCandidates = List.copyOf(renameCandidates);
		unsupported = List.copyOf(unsupported);
	}

	/**
	 * Whether the schemas are the same, as far as the differ can tell.
	 * @return {@code true} when there is no change and no unsupported difference
	 */
	public boolean isEmpty() {
		return this.changes.isEmpty() && this.unsupported.isEmpty();
	}

	/**
	 * The upgrade operations, in order.
	 * @return the operations
	 */
	public List<Operation> upgrade() {
		return this.changes.stream().map(SchemaChange::upgrade).toList();
	}

	/**
	 * The downgrade operations, in order: the downgrade of each change, last change
	 * first.
	 * @return the operations
	 */
	public List<Operation> downgrade() {
		List<Operation> downgrade = new ArrayList<>(this.changes.stream().map(SchemaChange::downgrade).toList());
		Collections.reverse(downgrade);
		return downgrade;
	}

}
