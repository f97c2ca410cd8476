package dev.migrate.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.ValidateConstraint;
import dev.migrate.script.DdlTimeouts;

/**
 * PostgreSQL: transactional DDL, {@code JSONB}, {@code BYTEA} and identity columns.
 */
public final class PostgresDialect extends AbstractDialect {

	public PostgresDialect() {
		super("postgresql", "PostgreSQL", true, '"',
				IdentifierQuoter.words("analyse analyze array asymmetric current_role deferrable do initially lateral",
						"localtime localtimestamp only placing returning symmetric variadic window"),
				new SqlLiterals() {

					@Override
					String binary(byte[] value) {
						return "decode('" + HexFormat.of().formatHex(value) + "', 'hex')";
					}

				});
	}

	@Override
	public String typeName(SqlType type) {
		return (type.kind() == SqlType.Kind.JSON) ? "JSONB" : super.typeName(type);
	}

	@Override
	protected String concurrently() {
		return "CONCURRENTLY ";
	}

	@Override
	public List<String> visit(AddConstraint operation) {
		List<String> statements = super.visit(operation);
		return operation.notValid() ? List.of(statements.get(0) + " NOT VALID") : statements;
	}

	@Override
	public List<String> visit(ValidateConstraint operation) {
		return List.of(alterTable(operation.table()) + "VALIDATE CONSTRAINT " + quote(operation.name()));
	}

	/**
	 * {@code SET LOCAL} in the revision's transaction, which its end undoes; {@code SET}
	 * and {@code RESET} around a revision that runs outside one.
	 */
	@Override
	public List<String> setTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		String set = inTransaction ? "SET LOCAL " : "SET ";
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add(set + "lock_timeout = '" + timeouts.lockTimeout().toMillis() + "ms'");
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add(set + "statement_timeout = '" + timeouts.statementTimeout().toMillis() + "ms'");
		}
		return statements;
	}

	@Override
	public List<String> resetTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		String reset = inTransaction ? "SET LOCAL %s TO DEFAULT" : "RESET %s";
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add(reset.formatted("lock_timeout"));
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add(reset.formatted("statement_timeout"));
		}
		return statements;
	}

	@Override
	public boolean isLockTimeout(SQLException failure) {
		return "55P03".equals(failure.getSQLState());
	}

	@Override
	public boolean isStatementTimeout(SQLException failure) {
		return "57014".equals(failure.getSQLState());
	}

	@Override
	public MigrationLock lock() {
		return new PostgresAdvisoryLock();
	}

	@Override
	public Optional<BlockingSessions> blockingSessions() {
		return Optional.of(new PostgresBlockingSessions());
	}

}
