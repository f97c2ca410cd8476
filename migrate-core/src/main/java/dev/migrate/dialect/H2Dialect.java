package dev.migrate.dialect;

import dev.migrate.ops.SqlType;

/**
 * H2 2.x. Text of unlimited length is {@code CHARACTER VARYING} without a length rather
 * than a {@code CLOB}, so it can be compared and indexed as on the other databases.
 */
public final class H2Dialect extends AbstractDialect {

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
	 * The table whose row is the migration lock on H2.
	 */
	public static final String LOCK_TABLE = "migrate_lock";

	@Override
	public MigrationLock lock() {
		return new TableRowLock(LOCK_TABLE, "SET LOCK_TIMEOUT %d", "HYT00");
	}

}
