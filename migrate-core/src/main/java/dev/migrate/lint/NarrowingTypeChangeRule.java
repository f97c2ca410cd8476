package dev.migrate.lint;

import dev.migrate.ops.SqlType;
import dev.migrate.ops.TypeConversion;

import org.jspecify.annotations.Nullable;

/**
 * Reports a type change to a type that holds fewer values by {@link TypeConversion}'s
 * rule: a shorter string, a smaller integer or decimal, text to a bounded string, double
 * to real, an {@code ENUM} column type that loses a value. Both types must be known, so
 * it sees Java migrations that describe the existing type, not SQL statements.
 */
final class NarrowingTypeChangeRule implements LintRule {

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
		return from != null && to != null && TypeConversion.of(from, to) == TypeConversion.NARROWING;
	}

}
