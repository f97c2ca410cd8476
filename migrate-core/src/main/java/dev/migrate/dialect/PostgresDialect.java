package dev.migrate.dialect;

import java.util.HexFormat;

import dev.migrate.ops.SqlType;

/**
 * PostgreSQL: transactional DDL, {@code JSONB}, {@code BYTEA} and identity columns.
 */
public final class PostgresDialect extends AbstractDialect {

	public PostgresDialect() {
		super('"',
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
	public String name() {
		return "postgresql";
	}

	@Override
	public boolean matches(String databaseProductName) {
		return "PostgreSQL".equalsIgnoreCase(databaseProductName);
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public String typeName(SqlType type) {
		return (type.kind() == SqlType.Kind.JSON) ? "JSONB" : super.typeName(type);
	}

	@Override
	public MigrationLock lock() {
		return new PostgresAdvisoryLock();
	}

}
