package dev.migrate.lint;

/**
 * Reports, on PostgreSQL, an index built without {@code CONCURRENTLY} on a table that
 * existed before the revision.
 */
final class PostgresIndexNotConcurrentRule implements LintRule {

	@Override
	public String code() {
		return "pg-index-not-concurrent";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "CREATE INDEX holds a SHARE lock on the table while it reads every row: inserts, updates and deletes wait until the index is built";
	}

	@Override
	public String alternative() {
		return "CREATE INDEX CONCURRENTLY: op.createIndexConcurrently, which runs the Java revision outside a transaction, or '-- transactional: false' in a SQL revision; if it fails, drop the invalid index and run it again";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.CreatedIndex index && !index.concurrently()
				&& context.isExisting(index.table());
	}

}
