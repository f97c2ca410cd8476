package dev.migrate.schema;

import org.springframework.util.Assert;

/**
 * A table or column that was dropped while a similar one was added: possibly a rename.
 * The differ never renames without a hint; it reports the candidate so the user can
 * confirm it with the hint, or accept the drop.
 *
 * @param hint the hint that would make it a rename
 * @param reason why the two look alike, such as {@code same type integer}
 */
public record RenameCandidate(RenameHint hint, String reason) {

	public RenameCandidate {
		Assert.notNull(hint, "'hint' must not be null");
		Assert.hasText(reason, "'reason' must not be empty");
	}

	@Override
	public String toString() {
		return "possible rename: " + this.hint + " (" + this.reason + ")";
	}

}
