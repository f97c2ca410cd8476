package dev.migrate.lint;

/**
 * Reports a renamed table that existed before the revision.
 */
final class RenameTableRule implements LintRule {

	@Override
	public String code() {
		return "rename-table";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "instances still running the previous release query the old name and fail until they are replaced";
	}

	@Override
	public String alternative() {
		return "expand and contract: create the new table (or a view under the new name), write to both, move readers over, and drop the old one in a later release";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.RenamedTable renamed && context.isExisting(renamed.table());
	}

}
