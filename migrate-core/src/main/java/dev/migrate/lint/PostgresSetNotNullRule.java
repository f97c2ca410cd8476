package dev.migrate.lint;

/**
 * Reports, on PostgreSQL, {@code SET NOT NULL} on a column of a table that existed before
 * the revision.
 */
final class PostgresSetNotNullRule implements LintRule {

	@Override
	public String code() {
		return "pg-set-not-null";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "PostgreSQL scans the whole table for NULLs under an ACCESS EXCLUSIVE lock: every read and write of the table waits, and the statement fails if a NULL is found";
	}

	@Override
	public String alternative() {
		return "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later revision, then SET NOT NULL (PostgreSQL 12 and later skip the scan thanks to the check) and drop the check";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.SetNotNull setNotNull
				&& context.isExisting(setNotNull.table());
	}

}
