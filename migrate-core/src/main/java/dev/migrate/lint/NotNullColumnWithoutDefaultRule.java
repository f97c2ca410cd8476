package dev.migrate.lint;

/**
 * Reports a {@code NOT NULL} column without a default added to a table that existed
 * before the revision.
 */
final class NotNullColumnWithoutDefaultRule implements LintRule {

	@Override
	public String code() {
		return "add-not-null-column";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public String problem() {
		return "on a table with rows the statement fails on PostgreSQL and H2, and MariaDB silently fills the rows with 0 or an empty string; inserts of the running release, which do not know the column, fail";
	}

	@Override
	public String alternative() {
		return "add the column nullable or with a default, backfill it in batches, then make it NOT NULL in a later revision";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.AddedColumn added && added.notNull() && added.defaultValue() == null
				&& !added.generated() && context.isExisting(added.table());
	}

}
