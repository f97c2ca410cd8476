package dev.migrate.graph;

/**
 * One change to the version table that a step makes: the table holds one row per applied
 * head.
 */
public sealed interface VersionChange {

	/**
	 * A new row: a new branch, or the first revision.
	 *
	 * @param revision the id inserted
	 */
	record Insert(String revision) implements VersionChange {
	}

	/**
	 * A row moved from one revision to another along a line of history.
	 *
	 * @param from the id replaced
	 * @param to the new id
	 */
	record Update(String from, String to) implements VersionChange {
	}

	/**
	 * A row removed: a branch merged into another row, or reverted to its base.
	 *
	 * @param revision the id deleted
	 */
	record Delete(String revision) implements VersionChange {
	}

	/**
	 * Every row removed, whatever it names: {@code stamp --purge}.
	 */
	record DeleteAll() implements VersionChange {
	}

}
