package dev.migrate.lint;

/**
 * Reports a dropped table that existed before the revision.
 */
final class DropTableRule implements LintRule {

	@Override
	public String code() {
		return "drop-table";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public String problem() {
		return "the table and its rows are gone; a downgrade recreates it empty, and every running instance that still reads it fails";
	}

	@Override
	public String alternative() {
		return "stop using the table in a release first, back it up if the data matters, and drop it in a later revision";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.DroppedTable dropped && context.isExisting(dropped.table());
	}

}
