package dev.migrate.command;

import java.util.List;

/**
 * The upgrade and downgrade of a new revision, as lines of its format: Java statements
 * and comments, or SQL statements and comments.
 *
 * @param upgrade the upgrade's lines
 * @param downgrade the downgrade's lines
 * @param transactional whether the revision can run in a transaction; {@code false} when
 * an operation must run outside one on the revision's database
 */
record RevisionBody(List<String> upgrade, List<String> downgrade, boolean transactional) {

	/** Empty bodies, for the user to fill in. */
	static final RevisionBody EMPTY = new RevisionBody(List.of(), List.of(), true);

	RevisionBody {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
	}

	boolean isEmpty() {
		return this.upgrade.isEmpty() && this.downgrade.isEmpty();
	}

}
