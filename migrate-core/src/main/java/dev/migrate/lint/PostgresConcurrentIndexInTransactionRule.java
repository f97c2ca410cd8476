package dev.migrate.lint;

/**
 * Reports, on PostgreSQL, {@code CREATE INDEX CONCURRENTLY} in a revision that runs in a
 * transaction.
 */
final class PostgresConcurrentIndexInTransactionRule implements LintRule {

	@Override
	public String code() {
		return "pg-concurrent-index-in-transaction";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public String problem() {
		return "the statement fails: PostgreSQL does not build an index concurrently inside a transaction block";
	}

	@Override
	public String alternative() {
		return "declare the revision non-transactional: '-- transactional: false' in the SQL header, or @Revision(transactional = false) in Java";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && context.isTransactional()
				&& change instanceof Change.CreatedIndex index && index.concurrently();
	}

}
