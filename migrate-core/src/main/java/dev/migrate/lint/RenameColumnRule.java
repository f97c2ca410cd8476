package dev.migrate.lint;

/**
 * Reports a renamed column of a table that existed before the revision.
 */
final class RenameColumnRule implements LintRule {

	@Override
	public String code() {
		return "rename-column";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "instances still running the previous release read and write the old name and fail until they are replaced";
	}

	@Override
	public String alternative() {
		return "expand and contract: add the new column, write to both and backfill, move readers over, and drop the old column in a later release";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.RenamedColumn renamed && context.isExisting(renamed.table());
	}

}
