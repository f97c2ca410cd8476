package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Set or drop the comment of a table.
 *
 * @param table the table name
 * @param comment the new comment, or {@code null} to drop it
 * @param existingComment the comment before the change, or {@code null} for none; the
 * reverse restores it
 */
public record SetTableComment(String table, @Nullable String comment,
		@Nullable String existingComment) implements Operation {

	public SetTableComment {
		Assert.hasText(table, "'table' must not be empty");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		return new SetTableComment(this.table, this.existingComment, this.comment);
	}

}
