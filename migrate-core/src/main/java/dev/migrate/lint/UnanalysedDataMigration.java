package dev.migrate.lint;

/**
 * Reported for a Java migration that reads the database through {@code op.jdbc()} or
 * {@code op.inspect()}: without a database its operations cannot all be seen, so the
 * linter checks only those before the first read.
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
		return "the migration reads the database through op.jdbc() or op.inspect(), so what it does depends on the database and was analysed only up to the first read";
	}

	@Override
	public String alternative() {
		return "review it by hand, update large tables in batches, and keep schema changes in a revision of their own where they can be checked";
	}

}
