package dev.migrate.lint;

/**
 * Reports, on PostgreSQL, {@code SET NOT NULL} on a column of a table that existed before
 * the revision, unless the revision validated a constraint of the table before: a valid
 * {@code CHECK (column IS NOT NULL)} lets PostgreSQL skip the scan. Which column a check
 * covers is not read, so any validated constraint of the table counts.
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
		return "add CHECK (column IS NOT NULL) NOT VALID (op.addCheckNotValid), then in a later revision VALIDATE CONSTRAINT it (op.validateConstraint), SET NOT NULL (PostgreSQL 12 and later skip the scan thanks to the check) and drop the check";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.SetNotNull setNotNull
				&& context.isExisting(setNotNull.table())
				&& context.earlier()
					.stream()
					.noneMatch((earlier) -> earlier instanceof Change.ValidatedConstraint validated
							&& LintContext.isSameTable(validated.table(), setNotNull.table()));
	}

}
