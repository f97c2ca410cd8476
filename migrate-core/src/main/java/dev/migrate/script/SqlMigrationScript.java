package dev.migrate.script;

import java.util.List;
import java.util.Objects;

import dev.migrate.graph.Revision;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in SQL, parsed by {@link SqlScriptParser}.
 * <p>
 * Loading a script reads its header and finds its sections; the statements of a section
 * are split on first use (when a step runs, is linted or is written as SQL), so that
 * commands that only read the graph, and the check at the head, do not split every
 * script. An error in a section's statements (an unterminated quote, say) is therefore
 * found then: a run reads the statements of every step it plans before it runs the first
 * one. The checksum is computed once per script.
 */
public final class SqlMigrationScript implements MigrationScript {

	private final Revision revision;

	private final Section upgrade;

	private final @Nullable Section downgrade;

	private final boolean transactional;

	private final String content;

	private final List<LintIgnore> lintIgnores;

	private final DdlTimeouts timeouts;

	private @Nullable String checksum;

	/**
	 * Create a SQL migration of statements already split.
	 * @param revision the revision the header declares
	 * @param upgrade the statements of the {@code -- upgrade} section
	 * @param downgrade the statements of the {@code -- downgrade} section, or
	 * {@code null} when the script has no such section
	 * @param transactional whether the script runs in a transaction
	 * @param content the script text, normalized: every line ends with {@code \n} and has
	 * no trailing whitespace, and there is no byte order mark
	 * @param lintIgnores the lint findings the script suppresses
	 * @param timeouts the DDL timeouts the header sets
	 */
	public SqlMigrationScript(Revision revision, List<SqlStatement> upgrade, @Nullable List<SqlStatement> downgrade,
			boolean transactional, String content, List<LintIgnore> lintIgnores, DdlTimeouts timeouts) {
		this(revision, Section.of(upgrade), (downgrade != null) ? Section.of(downgrade) : null, transactional, content,
				lintIgnores, timeouts);
	}

	/**
	 * A SQL migration that suppresses no lint findings and sets no DDL timeouts.
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

	SqlMigrationScript(Revision revision, Section upgrade, @Nullable Section downgrade, boolean transactional,
			String content, List<LintIgnore> lintIgnores, DdlTimeouts timeouts) {
		this.revision = Objects.requireNonNull(revision, "revision");
		this.upgrade = upgrade;
		this.downgrade = downgrade;
		this.transactional = transactional;
		this.content = Objects.requireNonNull(content, "content");
		this.lintIgnores = List.copyOf(lintIgnores);
		this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
	}

	@Override
	public Revision revision() {
		return this.revision;
	}

	/**
	 * Return the statements of the {@code -- upgrade} section.
	 * @return the statements
	 * @throws ScriptException if the section cannot be split into statements
	 */
	public List<SqlStatement> upgrade() {
		return this.upgrade.statements();
	}

	/**
	 * Return the statements of the {@code -- downgrade} section.
	 * @return the statements, or {@code null} when the script has no such section
	 * @throws ScriptException if the section cannot be split into statements
	 */
	public @Nullable List<SqlStatement> downgrade() {
		return (this.downgrade != null) ? this.downgrade.statements() : null;
	}

	@Override
	public boolean transactional() {
		return this.transactional;
	}

	/**
	 * Return the script text, normalized: every line ends with {@code \n} and has no
	 * trailing whitespace, and there is no byte order mark.
	 * @return the text
	 */
	public String content() {
		return this.content;
	}

	@Override
	public List<LintIgnore> lintIgnores() {
		return this.lintIgnores;
	}

	@Override
	public DdlTimeouts timeouts() {
		return this.timeouts;
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
		String checksum = this.checksum;
		if (checksum == null) {
			checksum = Sha256.hex(this.content);
			this.checksum = checksum;
		}
		return checksum;
	}

	/**
	 * Two scripts are equal when they declare the same revision from the same normalized
	 * text, which determines their statements.
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof SqlMigrationScript script && this.revision.equals(script.revision)
				&& this.transactional == script.transactional && this.content.equals(script.content)
				&& this.lintIgnores.equals(script.lintIgnores) && this.timeouts.equals(script.timeouts));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.revision, this.content);
	}

	@Override
	public String toString() {
		return "SqlMigrationScript[" + this.revision.source() + "]";
	}

	/**
	 * A section of a script: its text, split into statements on first use.
	 */
	static final class Section {

		private final String text;

		private final String source;

		private final int firstLine;

		private @Nullable List<SqlStatement> statements;

		private Section(String text, String source, int firstLine, @Nullable List<SqlStatement> statements) {
			this.text = text;
			this.source = source;
			this.firstLine = firstLine;
			this.statements = statements;
		}

		static Section of(List<SqlStatement> statements) {
			return new Section("", "", 1, List.copyOf(statements));
		}

		/**
		 * A section to split when its statements are first needed.
		 * @param text the section's text, after its marker line
		 * @param source the script, for error messages
		 * @param firstLine the line of the script where the text starts (1-based)
		 */
		static Section unsplit(String text, String source, int firstLine) {
			return new Section(text, source, firstLine, null);
		}

		List<SqlStatement> statements() {
			List<SqlStatement> statements = this.statements;
			if (statements == null) {
				statements = List.copyOf(SqlStatementSplitter.split(this.text, this.source, this.firstLine));
				this.statements = statements;
			}
			return statements;
		}

	}

}
