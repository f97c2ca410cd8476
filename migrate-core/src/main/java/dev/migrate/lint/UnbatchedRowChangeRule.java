package dev.migrate.lint;

/**
 * Reports an {@code UPDATE} or {@code DELETE} of every row of a table that existed before
 * the revision in one statement: without {@code WHERE} or {@code LIMIT}.
 */
final class UnbatchedRowChangeRule implements LintRule {

	@Override
	public String code() {
		return "unbatched-data-change";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "one statement locks every row of the table until it commits, so writes to any row wait; on a large table it runs long, grows the write-ahead or undo log and replicas fall behind";
	}

	@Override
	public String alternative() {
		return "change the rows in batches by key range (WHERE id > ? ORDER BY id LIMIT 1000, or WHERE id BETWEEN ? AND ?) in a revision with transactional = false, so each batch commits on its own";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.ChangedRows rows && !rows.batched() && context.isExisting(rows.table());
	}

}
