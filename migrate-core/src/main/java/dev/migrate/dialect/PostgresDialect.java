package dev.migrate.dialect;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.ValidateConstraint;

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

	@Override
	public MigrationLock lock() {
		return new PostgresAdvisoryLock();
	}

	@Override
	public Optional<BlockingSessions> blockingSessions() {
		return Optional.of(new PostgresBlockingSessions());
	}

}
