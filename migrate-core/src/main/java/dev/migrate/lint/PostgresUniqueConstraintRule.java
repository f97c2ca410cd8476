package dev.migrate.lint;

import dev.migrate.ops.ConstraintKind;

/**
 * Reports, on PostgreSQL, a unique constraint or primary key added to a table that
 * existed before the revision by building its index in the same statement.
 */
final class PostgresUniqueConstraintRule implements LintRule {

	@Override
	public String code() {
		return "pg-unique-constraint-without-index";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "PostgreSQL builds the constraint's index while it holds an ACCESS EXCLUSIVE lock on the table: every read and write of the table waits until the index is built";
	}

	@Override
	public String alternative() {
		return "op.addUniqueConcurrently (or op.addConstraintConcurrently): CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX index_name, which takes the index over without a scan; the revision runs outside a transaction ('-- transactional: false' in SQL)";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.AddedConstraint added && !added.usingIndex()
				&& (added.kind() == ConstraintKind.UNIQUE || added.kind() == ConstraintKind.PRIMARY_KEY)
				&& context.isExisting(added.table());
	}

}
