package dev.migrate.lint;

import dev.migrate.ops.ConstraintKind;

/**
 * Reports, on PostgreSQL, a foreign key or check constraint added to a table that existed
 * before the revision without {@code NOT VALID}.
 */
final class PostgresConstraintNotValidRule implements LintRule {

	@Override
	public String code() {
		return "pg-constraint-not-valid";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "adding the constraint checks every existing row while holding a lock that blocks writes to the table (and, for a foreign key, to the referenced table)";
	}

	@Override
	public String alternative() {
		return "add it with NOT VALID (op.addForeignKeyNotValid, op.addCheckNotValid), which checks new rows only, then VALIDATE CONSTRAINT in a later revision (op.validateConstraint): validation does not block writes";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.AddedConstraint added && !added.notValid()
				&& (added.kind() == ConstraintKind.FOREIGN_KEY || added.kind() == ConstraintKind.CHECK)
				&& context.isExisting(added.table());
	}

}
