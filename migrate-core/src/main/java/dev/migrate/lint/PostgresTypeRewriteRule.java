package dev.migrate.lint;

import java.util.Objects;

import dev.migrate.ops.SqlType;
import dev.migrate.ops.SqlType.Kind;

import org.jspecify.annotations.Nullable;

/**
 * Reports, on PostgreSQL, a column type change on a table that existed before the
 * revision, unless both types are known and the change needs no rewrite: a longer
 * {@code varchar}, {@code varchar} to {@code text}, a {@code decimal} with more precision
 * and the same scale.
 */
final class PostgresTypeRewriteRule implements LintRule {

	@Override
	public String code() {
		return "pg-type-rewrite";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "PostgreSQL rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the copy is done";
	}

	@Override
	public String alternative() {
		return "add a column of the new type, fill it in batches (and from a trigger for new writes), switch readers over and drop the old column; or accept the lock on a small table";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		return context.isDialect("postgresql") && change instanceof Change.ChangedType changed
				&& context.isExisting(changed.table()) && !isWithoutRewrite(changed.from(), changed.to());
	}

	private static boolean isWithoutRewrite(@Nullable SqlType from, @Nullable SqlType to) {
		if (from == null || to == null) {
			return false;
		}
		if (from.kind() == Kind.VARCHAR) {
			return to.kind() == Kind.TEXT
					|| (to.kind() == Kind.VARCHAR && to.length() != null && to.length() >= from.length());
		}
		return from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL && to.precision() >= from.precision()
				&& Objects.equals(to.scale(), from.scale());
	}

}
