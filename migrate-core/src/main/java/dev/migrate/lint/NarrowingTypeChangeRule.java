package dev.migrate.lint;

import java.util.List;

import dev.migrate.ops.SqlType;
import dev.migrate.ops.SqlType.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Reports a type change to a type that holds fewer values: a shorter string, a smaller
 * integer or decimal, text to a bounded string, double to real. Both types must be known,
 * so it sees Java migrations that describe the existing type, not SQL statements.
 */
final class NarrowingTypeChangeRule implements LintRule {

	private static final List<Kind> INTEGERS = List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

	@Override
	public String code() {
		return "narrow-type";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public String problem() {
		return "values that do not fit the new type make the statement fail (or are truncated where the database is lenient), and the running release may still write them";
	}

	@Override
	public String alternative() {
		return "check the longest or largest value first, and add a new column of the new type, backfill it and switch readers over instead of converting in place";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return change instanceof Change.ChangedType changed && context.isExisting(changed.table())
				&& isNarrowing(changed.from(), changed.to());
	}

	private static boolean isNarrowing(@Nullable SqlType from, @Nullable SqlType to) {
		if (from == null || to == null) {
			return false;
		}
		Kind fromKind = from.kind();
		Kind toKind = to.kind();
		if (isString(fromKind) && isString(toKind)) {
			return (fromKind == Kind.TEXT && toKind != Kind.TEXT)
					|| (from.length() != null && to.length() != null && to.length() < from.length());
		}
		if (INTEGERS.contains(fromKind) && INTEGERS.contains(toKind)) {
			return INTEGERS.indexOf(toKind) < INTEGERS.indexOf(fromKind);
		}
		if (fromKind == Kind.DECIMAL && toKind == Kind.DECIMAL) {
			return integerDigits(to) < integerDigits(from) || scale(to) < scale(from);
		}
		return fromKind == Kind.DOUBLE && toKind == Kind.REAL;
	}

	private static boolean isString(Kind kind) {
		return kind == Kind.CHAR || kind == Kind.VARCHAR || kind == Kind.TEXT;
	}

	private static int integerDigits(SqlType decimal) {
		return decimal.precision() - scale(decimal);
	}

	private static int scale(SqlType decimal) {
		return (decimal.scale() != null) ? decimal.scale() : 0;
	}

}
