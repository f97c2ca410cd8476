package dev.migrate.lint;

import java.util.Map;

/**
 * Reports, on PostgreSQL and MariaDB, the first change of a revision that locks a table
 * existing before the revision when no lock timeout limits the wait: the revision sets
 * none, none is configured ({@code migrate.ddl-lock-timeout}) and no earlier statement of
 * the revision set the session's.
 */
final class DdlLockTimeoutRule implements LintRule {

	private static final Map<String, String> SETTINGS = Map.of("postgresql", "lock_timeout", "mariadb",
			"lock_wait_timeout");

	@Override
	public String code() {
		return "ddl-without-lock-timeout";
	}

	@Override
	public Severity severity() {
		return Severity.WARNING;
	}

	@Override
	public String problem() {
		return "the statement waits for its table lock as long as any open transaction uses the table (PostgreSQL has no lock timeout by default, MariaDB's lock_wait_timeout is a year), and every query of the table queues behind it: the application stalls";
	}

	@Override
	public String alternative() {
		return "set migrate.ddl-lock-timeout (such as 5s), or lock-timeout in the revision's header or @Revision(lockTimeout = \"5s\"), so the migration fails fast and can be retried";
	}

	@Override
	public boolean matches(Change change, LintContext context) {
		String setting = SETTINGS.entrySet()
			.stream()
			.filter((entry) -> context.isDialect(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		return setting != null && !context.timeouts().hasLockTimeout() && locksTable(change, context)
				&& context.earlier().stream().noneMatch((earlier) -> locksTable(earlier, context))
				&& context.earlier()
					.stream()
					.noneMatch((earlier) -> earlier instanceof Change.SessionSetting set && set.name().equals(setting));
	}

	/**
	 * Whether the change takes a lock on an existing table that makes reads or writes
	 * wait while it waits: any DDL except a concurrent index build and a validation.
	 */
	private static boolean locksTable(Change change, LintContext context) {
		if (change instanceof Change.CreatedTable || change instanceof Change.ChangedRows
				|| change instanceof Change.SessionSetting || change instanceof Change.ValidatedConstraint
				|| (change instanceof Change.CreatedIndex index && index.concurrently())) {
			return false;
		}
		return context.isExisting(change.table());
	}

}
