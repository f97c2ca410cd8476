package dev.migrate.graph;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link MigrationPlan}: a revision to upgrade or downgrade, or a stamp,
 * with the version-table changes it makes.
 *
 * @param direction what the step does
 * @param revision the revision run, or {@code null} for a stamp
 * @param from the revisions the step starts from, as shown in
 * {@code Running upgrade <from> -> <to>}
 * @param to the revisions the step ends at
 * @param versionChanges the changes to the version table, in order
 * @param rowsBefore the version rows before the step
 * @param rowsAfter the version rows after the step
 */
public record Step(Direction direction, @Nullable Revision revision, List<String> from, List<String> to,
		List<VersionChange> versionChanges, List<String> rowsBefore, List<String> rowsAfter) {

	public Step {
		Objects.requireNonNull(direction, "direction");
		from = List.copyOf(from);
		to = List.copyOf(to);
		versionChanges = List.copyOf(versionChanges);
		rowsBefore = List.copyOf(rowsBefore);
		rowsAfter = List.copyOf(rowsAfter);
	}

	/**
	 * Describe the step the way Alembic logs it:
	 * {@code Running upgrade <from> -> <to>[, <message>]}, or
	 * {@code Running stamp_revision <from> -> <to>}.
	 * @param withMessage whether to end with the revision's message
	 * @return the description
	 */
	public String describe(boolean withMessage) {
		String verb = (this.direction == Direction.STAMP) ? "stamp_revision"
				: this.direction.name().toLowerCase(Locale.ROOT);
		String line = "Running " + verb + " " + String.join(", ", this.from) + " -> " + String.join(", ", this.to);
		return (withMessage && this.revision != null && !this.revision.message().isEmpty())
				? line + ", " + this.revision.message() : line;
	}

}
