package dev.migrate.lint;

/**
 * Reports, on PostgreSQL, {@code CREATE INDEX CONCURRENTLY} written as SQL in a revision
 * that runs in a transaction. A Java revision's own concurrent index operations never
 * match: they make the revision run outside a transaction.
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
		return "declare the SQL revision non-transactional with '-- transactional: false' in its header; in Java use op.createIndexConcurrently instead of SQL, which runs the revision outside a transaction";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && context.isTransactional()
				&& change instanceof Change.CreatedIndex index && index.concurrently();
	}

}
