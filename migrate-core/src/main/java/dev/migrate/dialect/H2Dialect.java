package dev.migrate.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.SqlType;
import dev.migrate.script.DdlTimeouts;

/**
 * H2 2.x. Text of unlimited length is {@code CHARACTER VARYING} without a length rather
 * than a {@code CLOB}, so it can be compared and indexed as on the other databases.
 */
public final class H2Dialect extends AbstractDialect {

	private static final int DEFAULT_LOCK_TIMEOUT_MILLIS = 2000;

	public H2Dialect() {
		super("h2", "H2", false, '"',
				IdentifierQuoter.words("_rowid_ array current_catalog current_schema day hour if interval minus",
						"minute month qualify regexp row rownum second top value year"),
				new SqlLiterals());
	}

	@Override
	public String typeName(SqlType type) {
		return switch (type.kind()) {
			case TEXT -> "CHARACTER VARYING";
			case BINARY -> "BINARY VARYING";
			default -> super.typeName(type);
		};
	}

	/**
	 * H2 makes a column an identity column with {@code SET GENERATED}, and continues it
	 * after the column's values with a {@code RESTART WITH} of a query.
	 */
	@Override
	public List<String> visit(AddIdentity operation) {
		if (operation.fromSerial()) {
			return super.visit(operation);
		}
		List<String> statements = new ArrayList<>(visit(AlterIdentity.of(operation.table(), operation.column())
			.generation(operation.generation())
			.options(operation.options())));
		boolean descending = isDescending(operation.options());
		long start = identityStart(operation.options());
		long increment = (operation.options().increment() != null) ? operation.options().increment() : 1;
		String extreme = (descending ? "min(" : "max(") + quote(operation.column()) + ")";
		statements.add(alterColumn(operation.table(), operation.column()) + "RESTART WITH (SELECT CASE WHEN " + extreme
				+ (descending ? " <= " : " >= ") + start + " THEN " + extreme + " + " + increment + " ELSE " + start
				+ " END FROM " + table(operation.table()) + ")");
		return statements;
	}

	/**
	 * H2 changes an identity's start without {@code SET}.
	 */
	@Override
	protected String identityOptionChange(String option) {
		return option.startsWith("START WITH") ? option : super.identityOptionChange(option);
	}

	/**
	 * The table whose row is the migration lock on H2.
	 */
	public static final String LOCK_TABLE = "migrate_lock";

	/**
	 * {@code LOCK_TIMEOUT} and {@code QUERY_TIMEOUT} for the session; after the revision
	 * the lock timeout is set back to H2's default of two seconds and the query timeout
	 * to none.
	 */
	@Override
	public List<String> setTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add("SET LOCK_TIMEOUT " + timeouts.lockTimeout().toMillis());
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add("SET QUERY_TIMEOUT " + timeouts.statementTimeout().toMillis());
		}
		return statements;
	}

	@Override
	public List<String> resetTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add("SET LOCK_TIMEOUT " + DEFAULT_LOCK_TIMEOUT_MILLIS);
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add("SET QUERY_TIMEOUT 0");
		}
		return statements;
	}

	@Override
	public boolean isLockTimeout(SQLException failure) {
		return "HYT00".equals(failure.getSQLState());
	}

	@Override
	public boolean isStatementTimeout(SQLException failure) {
		return "57014".equals(failure.getSQLState());
	}

	@Override
	public MigrationLock lock() {
		return new TableRowLock(LOCK_TABLE, "SET LOCK_TIMEOUT %d", "HYT00");
	}

}
