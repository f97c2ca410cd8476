package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.Column;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SqlType;
import dev.migrate.script.DdlTimeouts;

/**
 * MariaDB 10.7 and later. DDL is not transactional; column comments are written inline;
 * changing a column's type, nullability or comment rewrites the whole column with
 * {@code MODIFY COLUMN}, which needs the existing type and nullability. Timestamps with
 * time zone are stored as UTC in {@code DATETIME(6)}. Dropping a foreign key also drops
 * the index MariaDB made for it, so the drop undoes exactly what adding it did.
 */
public final class MariaDbDialect extends AbstractDialect {

	public MariaDbDialect() {
		super("mariadb", "MariaDB", false, '`',
				IdentifierQuoter.words("change database databases div interval keys lock long match mod option",
						"range read regexp rename replace require rlike schema show sql usage use xor"),
				new SqlLiterals() {

					@Override
					String string(String value) {
						return super.string(value.replace("\\", "\\\\"));
					}

					@Override
					String offsetDateTime(OffsetDateTime value) {
						return "TIMESTAMP '" + TIMESTAMP.format(value.withOffsetSameInstant(ZoneOffset.UTC)) + "'";
					}

				});
	}

	@Override
	public String typeName(SqlType type) {
		return switch (type.kind()) {
			case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
			case REAL -> "FLOAT";
			case DOUBLE -> "DOUBLE";
			case TEXT -> "LONGTEXT";
			case TIME -> "TIME(6)";
			case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
			case BINARY -> "LONGBLOB";
			default -> super.typeName(type);
		};
	}

	@Override
	protected String sequenceType(CreateSequence operation) {
		if (operation.type() != null && operation.type().kind() != SqlType.Kind.BIGINT) {
			throw unsupported("create_sequence '" + operation.name() + "'",
					"MariaDB before 11.5 counts sequences in" + " BIGINT only, not " + operation.type()
							+ "; leave the type out and bound the values with" + " options().maxValue(...)");
		}
		return "";
	}

	@Override
	protected String noCycle() {
		return "NOCYCLE";
	}

	@Override
	protected String identity() {
		return "AUTO_INCREMENT";
	}

	@Override
	protected String columnDefinition(Column column) {
		String definition = super.columnDefinition(column);
		return (column.comment() != null) ? definition + " COMMENT " + literal(column.comment()) : definition;
	}

	@Override
	protected List<String> tableComment(String table, @Nullable String comment) {
		return List.of(alterTable(table) + "COMMENT = " + literal((comment != null) ? comment : ""));
	}

	@Override
	protected List<String> columnComment(String table, Column column) {
		return List.of();
	}

	@Override
	public List<String> visit(RenameTable operation) {
		return List.of("RENAME TABLE " + table(operation.table()) + " TO " + table(operation.qualifiedNewName()));
	}

	@Override
	public List<String> visit(AlterColumn operation) {
		if (operation.type() == null && operation.nullable() == null && operation.comment() == null) {
			return super.visit(operation);
		}
		SqlType type = operation.resultingType();
		Boolean nullable = operation.resultingNullable();
		if (type == null || nullable == null) {
			throw unsupported("alter_column '" + operation.column() + "' on '" + operation.table() + "'",
					"MODIFY COLUMN rewrites the whole column and needs its type and nullability; add "
							+ ((type == null) ? "existingType(...)" : "existingNullable(...)")
							+ " (the existing default and comment are kept only when given too)");
		}
		if (operation.using() != null) {
			throw unsupported("alter_column '" + operation.column() + "' on '" + operation.table() + "'",
					"MariaDB converts the values of a type change itself and has no USING (" + operation.using()
							+ "); convert them with an UPDATE first, or guard using(...) with op.dialectName()");
		}
		Column column = new Column(operation.column(), type, nullable, operation.resultingDefault(),
				operation.existingIdentity(), false, false, operation.resultingComment());
		return List.of(alterTable(operation.table()) + "MODIFY COLUMN " + columnDefinition(column));
	}

	@Override
	public List<String> visit(AddIdentity operation) {
		throw noIdentity("add_identity", operation.table(), operation.column(), "make it one");
	}

	@Override
	public List<String> visit(DropIdentity operation) {
		throw noIdentity("drop_identity", operation.table(), operation.column(), "leave AUTO_INCREMENT out");
	}

	/**
	 * Only a restart means something on MariaDB: the table's next {@code AUTO_INCREMENT}
	 * value. Its step is a server setting, and the column gives way to a value inserted
	 * with it (always {@code BY DEFAULT}).
	 */
	@Override
	public List<String> visit(AlterIdentity operation) {
		if (operation.generation() != null || !operation.changes().isEmpty()) {
			throw unsupported("alter_identity of '" + operation.column() + "' on '" + operation.table() + "'",
					"an AUTO_INCREMENT column always takes a value inserted with it, and counts by the server's"
							+ " auto_increment_increment; only restartWith(...) can be set per table");
		}
		return (operation.restartWith() != null)
				? List.of(alterTable(operation.table()) + "AUTO_INCREMENT = " + operation.restartWith()) : List.of();
	}

	private UnsupportedOperationForDialectException noIdentity(String operation, String table, String column,
			String what) {
		return unsupported(operation + " of '" + column + "' on '" + table + "'",
				"MariaDB has no identity columns, only AUTO_INCREMENT, which is part of the column's definition;"
						+ " rewrite the column to " + what + " with op.execute(\"ALTER TABLE ... MODIFY COLUMN ...\")");
	}

	@Override
	protected boolean supportsNullsOrder() {
		return false;
	}

	@Override
	protected boolean supportsPrefixLengths() {
		return true;
	}

	@Override
	protected String withoutLock() {
		return " ALGORITHM=INPLACE LOCK=NONE";
	}

	@Override
	public List<String> visit(DropIndex operation) {
		if (operation.concurrently()) {
			return List.of(alterTable(operation.table()) + "DROP INDEX " + quote(operation.name())
					+ ", ALGORITHM=INPLACE, LOCK=NONE");
		}
		return List.of("DROP INDEX " + quote(operation.name()) + " ON " + table(operation.table()));
	}

	/**
	 * A foreign key added not valid is added with {@code foreign_key_checks} off: InnoDB
	 * then adds it in place, without copying the table or checking the existing rows.
	 */
	@Override
	public List<String> visit(AddConstraint operation) {
		List<String> statements = super.visit(operation);
		if (!operation.notValid() || operation.constraint().kind() != ConstraintKind.FOREIGN_KEY) {
			return statements;
		}
		return List.of("SET SESSION foreign_key_checks = 0", statements.get(0) + ", ALGORITHM=INPLACE, LOCK=NONE",
				"SET SESSION foreign_key_checks = DEFAULT");
	}

	@Override
	public List<String> visit(DropConstraint operation) {
		String drop = switch (operation.kind()) {
			case PRIMARY_KEY -> "DROP PRIMARY KEY";
			case FOREIGN_KEY ->
				"DROP FOREIGN KEY " + quote(operation.name()) + ", DROP INDEX IF EXISTS " + quote(operation.name());
			case UNIQUE -> "DROP INDEX " + quote(operation.name());
			case CHECK -> "DROP CONSTRAINT " + quote(operation.name());
		};
		return List.of(alterTable(operation.table()) + drop);
	}

	/**
	 * {@code lock_wait_timeout} (the metadata locks DDL waits for) in whole seconds,
	 * rounded up, and {@code max_statement_time}; set for the session and set back to the
	 * server's defaults after the revision.
	 */
	@Override
	public List<String> setTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			long seconds = (timeouts.lockTimeout().toMillis() + 999) / 1000;
			statements.add("SET SESSION lock_wait_timeout = " + seconds);
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add("SET SESSION max_statement_time = "
					+ BigDecimal.valueOf(timeouts.statementTimeout().toMillis(), 3).toPlainString());
		}
		return statements;
	}

	@Override
	public List<String> resetTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add("SET SESSION lock_wait_timeout = DEFAULT");
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add("SET SESSION max_statement_time = DEFAULT");
		}
		return statements;
	}

	@Override
	public boolean isLockTimeout(SQLException failure) {
		return failure.getErrorCode() == 1205;
	}

	@Override
	public boolean isStatementTimeout(SQLException failure) {
		return failure.getErrorCode() == 1969;
	}

	@Override
	public MigrationLock lock() {
		return new MariaDbNamedLock();
	}

}
