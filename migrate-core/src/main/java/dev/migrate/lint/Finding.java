package dev.migrate.lint;

import dev.migrate.graph.Revision;

import org.jspecify.annotations.Nullable;

/**
 * One hazard of one revision.
 *
 * @param code the code of the rule, such as {@code drop-column}
 * @param severity how serious it is
 * @param revision the revision id
 * @param source the SQL file or Java class of the revision
 * @param line the line of the statement in the SQL file, or {@code null} when unknown
 * (Java migrations)
 * @param change the change, in a few words
 * @param problem what happens at run time
 * @param alternative the safe alternative
 * @param suppressedBecause the reason given where the revision suppresses this code, or
 * {@code null} when it is not suppressed
 */
public record Finding(String code, Severity severity, String revision, String source, @Nullable Integer line,
		String change, String problem, String alternative, @Nullable String suppressedBecause) {

	static Finding of(LintCode code, Revision revision, @Nullable Integer line, String change) {
		return new Finding(code.code(), code.severity(), revision.id(), revision.source(), line, change, code.problem(),
				code.alternative(), null);
	}

	/**
	 * Whether the revision suppresses this finding.
	 * @return {@code true} when a reason was given to ignore it
	 */
	public boolean isSuppressed() {
		return this.suppressedBecause != null;
	}

	/**
	 * Where the finding is: the source, with its line when known.
	 * @return such as {@code db/migrations/4cd99ccb2794_add_index.sql:7}
	 */
	public String location() {
		return (this.line != null) ? this.source + ":" + this.line : this.source;
	}

	/**
	 * The finding on one line: {@code code SEVERITY revision file:line change: what
	 * happens; instead: alternative}, and the reason when it is suppressed.
	 * @return the line, without a line break
	 */
	public String toLine() {
		String line = this.code + " " + this.severity + " " + this.revision + " " + location() + " " + this.change
				+ ": " + this.problem + "; instead: " + this.alternative;
		return isSuppressed() ? line + " [suppressed: " + this.suppressedBecause + "]" : line;
	}

	Finding suppressed(String reason) {
		return new Finding(this.code, this.severity, this.revision, this.source, this.line, this.change, this.problem,
				this.alternative, reason);
	}

}
