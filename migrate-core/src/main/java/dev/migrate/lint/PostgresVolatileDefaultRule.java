package dev.migrate.lint;

import java.util.regex.Pattern;

/**
 * Reports, on PostgreSQL, a column added to a table that existed before the revision
 * whose value is computed per row: a volatile default or a column the database fills
 * (identity, serial, generated). A constant default, or a stable one such as
 * {@code now()}, is stored once and needs no rewrite.
 */
final class PostgresVolatileDefaultRule implements LintRule {

	private static final Pattern VOLATILE = Pattern.compile(
			"\\b(?:random|clock_timestamp|timeofday|statement_timestamp|gen_random_uuid|uuid_generate_v[14]|nextval)\\s*\\(",
			Pattern.CASE_INSENSITIVE);

	@Override
	public String code() {
		return "pg-volatile-default";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "PostgreSQL computes the value for every existing row and rewrites the table under an ACCESS EXCLUSIVE lock: every read and write of the table waits";
	}

	@Override
	public String alternative() {
		return "add the column without a default (or with a constant one), then SET DEFAULT for new rows and fill the existing rows in batches";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.AddedColumn added
				&& context.isExisting(added.table()) && (added.generated()
						|| (added.defaultValue() != null && VOLATILE.matcher(added.defaultValue()).find()));
	}

}
