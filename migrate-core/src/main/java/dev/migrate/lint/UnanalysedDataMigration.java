package dev.migrate.lint;

/**
 * Reported for a Java migration that reads data through {@code op.jdbc()}: without a
 * database its operations cannot all be seen, so the linter checks only those before the
 * first read.
 */
final class UnanalysedDataMigration implements LintCode {

	@Override
	public String code() {
		return "data-migration-not-analysed";
	}

	@Override
	public Severity severity() {
		return Severity.INFO;
	}

	@Override
	public String problem() {
		return "the migration reads data through op.jdbc(), so what it does depends on the rows and was analysed only up to the first read";
	}

	@Override
	public String alternative() {
		return "review it by hand, update large tables in batches, and keep schema changes in a revision of their own where they can be checked";
	}

}
