package dev.migrate.lint;

/**
 * Reports a dropped column of a table that existed before the revision.
 */
final class DropColumnRule implements LintRule {

	@Override
	public String code() {
		return "drop-column";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public String problem() {
		return "the column's values are gone; a downgrade recreates it empty, and running instances that select or insert it fail";
	}

	@Override
	public String alternative() {
		return "release code that no longer reads or writes the column first (for JPA, remove the field), then drop it in a later revision";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.DroppedColumn dropped && context.isExisting(dropped.table());
	}

}
