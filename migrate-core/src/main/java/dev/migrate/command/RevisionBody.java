package dev.migrate.command;

import java.util.List;

/**
 * The upgrade and downgrade of a new revision, as lines of its format: Java statements
 * and comments, or SQL statements and comments.
 *
 * @param upgrade the upgrade's lines
 * @param downgrade the downgrade's lines
 */
record RevisionBody(List<String> upgrade, List<String> downgrade) {

	/** Empty bodies, for the user to fill in. */
	static final RevisionBody EMPTY = new RevisionBody(List.of(), List.of());

	RevisionBody {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	boolean isEmpty() {
		return this.upgrade.isEmpty() && this.downgrade.isEmpty();
	}

}
