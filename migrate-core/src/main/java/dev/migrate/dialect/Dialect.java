package dev.migrate.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Operation;
import dev.migrate.ops.SqlType;
import dev.migrate.script.DdlTimeouts;

/**
 * The SQL of one database: renders {@link Operation operations} as statements, quotes
 * identifiers and writes literals.
 */
public interface Dialect {

	/**
	 * The dialect name, such as {@code postgresql}, {@code h2} or {@code mariadb}.
	 * @return the name
	 */
	String name();

	/**
	 * Whether this dialect is for the database with the given product name, as reported
	 * by {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
	 * @param databaseProductName the product name
	 * @return {@code true} on a match
	 */
	boolean matches(String databaseProductName);

	/**
	 * Whether DDL statements take part in transactions, so a failed revision leaves no
	 * trace.
	 * @return {@code true} for transactional DDL
	 */
	boolean transactionalDdl();

	/**
	 * Render an operation as SQL statements, without terminating semicolons.
	 * @param operation the operation
	 * @return the statements, possibly none
	 * @throws UnsupportedOperationForDialectException when this dialect cannot render the
	 * operation
	 */
	List<String> render(Operation operation);

	/**
	 * Whether an operation must run outside a transaction on this database, such as
	 * PostgreSQL's {@code ALTER TYPE ... ADD VALUE}, whose value no later statement of
	 * the same transaction can use, or its {@code CREATE INDEX CONCURRENTLY}. A Java
	 * revision with such an operation runs as if marked {@code transactional = false},
	 * online and in offline SQL.
	 * @param operation the operation
	 * @return {@code true} when the operation cannot share a transaction
	 */
	default boolean runsOutsideTransaction(Operation operation) {
		return false;
	}

	/**
	 * Quote an identifier when it needs it: when it is a reserved word or not a plain
	 * lowercase name.
	 * @param identifier the identifier
	 * @return the identifier, quoted if needed
	 */
	String quote(String identifier);

	/**
	 * Quote each part of a possibly qualified name, such as {@code schema.table}.
	 * @param name the name
	 * @return the name, each part quoted if needed
	 */
	String quoteQualified(String name);

	/**
	 * Render a value as an SQL literal.
	 * @param value the value; see {@link dev.migrate.ops.BulkInsert} for supported types
	 * @return the literal
	 */
	String literal(@Nullable Object value);

	/**
	 * The name of a type in this dialect.
	 * @param type the type
	 * @return the type name
	 */
	String typeName(SqlType type);

	/**
	 * The lock that lets one migration run at a time on this database.
	 * @return the lock
	 */
	MigrationLock lock();

	/**
	 * The statements that limit the statements after them to the timeouts: how long each
	 * may wait for a lock and how long each may run. A timeout that is {@code null} or
	 * zero sets nothing.
	 * @param timeouts the timeouts
	 * @param inTransaction whether they run in the revision's transaction, which ends
	 * them where the database can
	 * @return the statements, none when no timeout is a limit
	 */
	default List<String> setTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		return List.of();
	}

	/**
	 * The statements that give the session back its own timeouts after
	 * {@link #setTimeouts}.
	 * @param timeouts the timeouts that were set
	 * @param inTransaction whether they were set in the revision's transaction
	 * @return the statements, none when nothing was set
	 */
	default List<String> resetTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		return List.of();
	}

	/**
	 * Whether a statement failed because it waited for a lock longer than the lock
	 * timeout.
	 * @param failure what the database said
	 * @return {@code true} for a lock timeout
	 */
	default boolean isLockTimeout(SQLException failure) {
		return false;
	}

	/**
	 * Whether a statement was cancelled because it ran longer than the statement timeout.
	 * @param failure what the database said
	 * @return {@code true} for a statement timeout
	 */
	default boolean isStatementTimeout(SQLException failure) {
		return false;
	}

	/**
	 * Tell which sessions block a session, where this database can.
	 * @return the blocking sessions, or empty when this database cannot tell
	 */
	default Optional<BlockingSessions> blockingSessions() {
		return Optional.empty();
	}

}
