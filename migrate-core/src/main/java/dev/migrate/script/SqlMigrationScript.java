package dev.migrate.script;

import java.util.List;
import java.util.Objects;

import dev.migrate.graph.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in SQL, parsed by {@link SqlScriptParser}.
 *
 * @param revision the revision the header declares
 * @param upgrade the statements of the {@code -- upgrade} section
 * @param downgrade the statements of the {@code -- downgrade} section, or {@code null}
 * when the script has no such section
 * @param transactional whether the script runs in a transaction
 * @param content the script text, normalized: every line ends with {@code \n} and has no
 * trailing whitespace, and there is no byte order mark
 * @param lintIgnores the lint findings the script suppresses
 * @param timeouts the DDL timeouts the header sets
 */
public record SqlMigrationScript(Revision revision, List<SqlStatement> upgrade, @Nullable List<SqlStatement> downgrade,
		boolean transactional, String content, List<LintIgnore> lintIgnores,
		DdlTimeouts timeouts) implements MigrationScript {

	public SqlMigrationScript {
		Objects.requireNonNull(revision, "revision");
		upgrade = List.copyOf(upgrade);
		downgrade = (downgrade != null) ? List.copyOf(downgrade) : null;
		Objects.requireNonNull(content, "content");
		lintIgnores = List.copyOf(lintIgnores);
		Objects.requireNonNull(timeouts, "timeouts");
	}

	/**
	 * A SQL migration that sets no DDL timeouts of its own.
	 * @param revision the revision the header declares
	 * @param upgrade the statements of the {@code -- upgrade} section
	 * @param downgrade the statements of the {@code -- downgrade} section, or
	 * {@code null}
	 * @param transactional whether the script runs in a transaction
	 * @param content the normalized script text
	 * @param lintIgnores the lint findings the script suppresses
	 */
	public SqlMigrationScript(Revision revision, List<SqlStatement> upgrade, @Nullable List<SqlStatement> downgrade,
			boolean transactional, String content, List<LintIgnore> lintIgnores) {
		this(revision, upgrade, downgrade, transactional, content, lintIgnores, DdlTimeouts.NONE);
	}

	/**
	 * A SQL migration that suppresses no lint findings.
	 * @param revision the revision the header declares
	 * @param upgrade the statements of the {@code -- upgrade} section
	 * @param downgrade the statements of the {@code -- downgrade} section, or
	 * {@code null}
	 * @param transactional whether the script runs in a transaction
	 * @param content the normalized script text
	 */
	public SqlMigrationScript(Revision revision, List<SqlStatement> upgrade, @Nullable List<SqlStatement> downgrade,
			boolean transactional, String content) {
		this(revision, upgrade, downgrade, transactional, content, List.of(), DdlTimeouts.NONE);
	}

	/**
	 * Return whether the script has a {@code -- downgrade} section. A section without
	 * statements counts: its downgrade does nothing.
	 * @return whether the script can be downgraded
	 */
	public boolean hasDowngrade() {
		return this.downgrade != null;
	}

	/**
	 * Return the SHA-256 of the {@link #content() normalized content} (UTF-8) as 64
	 * lowercase hex characters. Line endings and trailing whitespace do not change it.
	 * @return the checksum
	 */
	public String checksum() {
		return Sha256.hex(this.content);
	}

}
