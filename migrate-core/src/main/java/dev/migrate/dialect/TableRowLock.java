package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A lock for databases without advisory locks: a row of a lock table locked by
 * {@code SELECT … FOR UPDATE} in a transaction that stays open until the lock is released
 * (or its connection dies, which rolls the transaction back).
 */
public final class TableRowLock implements MigrationLock {

	private final String lockTable;

	private final String lockTimeoutStatement;

	private final String lockTimeoutSqlState;

	/**
	 * Create a new {@link TableRowLock} instance.
	 * @param lockTable the quoted, possibly schema-qualified name of the lock table
	 * @param lockTimeoutStatement the statement that makes a row-lock wait give up after
	 * a short time, with {@code %d} for milliseconds
	 * @param lockTimeoutSqlState the SQL state or vendor code prefix of a lock wait that
	 * timed out
	 */
	public TableRowLock(String lockTable, String lockTimeoutStatement, String lockTimeoutSqlState) {
		this.lockTable = lockTable;
		this.lockTimeoutStatement = lockTimeoutStatement;
		this.lockTimeoutSqlState = lockTimeoutSqlState;
	}

	@Override
	public List<String> tables() {
		return List.of(this.lockTable);
	}

	@Override
	public HeldLock acquire(Connection connection, String name, Duration timeout, Consumer<String> onWait)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		ensureLockRow(connection, name);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(String.format(this.lockTimeoutStatement, 100));
		}
		PollingDeadline deadline = new PollingDeadline(timeout);
		boolean told = false;
		while (!tryLock(connection, name)) {
			if (!told) {
				onWait.accept("another session");
				told = true;
			}
			if (!deadline.pause()) {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
				throw new LockTimeoutException(name, timeout, "another session");
			}
		}
		return () -> {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		};
	}

	private void ensureLockRow(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(
					"CREATE TABLE IF NOT EXISTS " + this.lockTable + " (lock_name VARCHAR(255) NOT NULL PRIMARY KEY)");
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO " + this.lockTable + " (lock_name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM "
					+ this.lockTable + " WHERE lock_name = ?)")) {
			insert.setString(1, name);
			insert.setString(2, name);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
		}
	}

	private boolean tryLock(Connection connection, String name) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT lock_name FROM " + this.lockTable + " WHERE lock_name = ? FOR UPDATE")) {
			select.setString(1, name);
			select.executeQuery().close();
			return true;
		}
		catch (SQLException ex) {
			if (isLockTimeout(ex)) {
				return false;
			}
			throw ex;
		}
	}

	private boolean isLockTimeout(SQLException ex) {
		return String.valueOf(ex.getSQLState()).startsWith(this.lockTimeoutSqlState)
				|| String.valueOf(ex.getErrorCode()).startsWith(this.lockTimeoutSqlState);
	}

	private static boolean isDuplicateKey(SQLException ex) {
		return "23505".equals(ex.getSQLState()) || "23000".equals(ex.getSQLState());
	}

	/**
	 * Return {@code false}: the row lock lives in a transaction, which the work's commits
	 * would end, so it needs a connection of its own.
	 */
	@Override
	public boolean outlivesTransactions() {
		return false;
	}

	@Override
	public Optional<String> holder(Connection connection, String name) {
		return Optional.empty();
	}

}
