package dev.migrate.runtime;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.MigrateException;

/**
 * Runs statements on a connection: each on its own (auto-commit) outside a transaction,
 * and in the connection's transaction between {@link #begin()} and {@link #commit()}.
 */
final class JdbcStatementSink implements StatementSink {

	private final Connection connection;

	JdbcStatementSink(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void begin() {
		run(() -> this.connection.setAutoCommit(false));
	}

	@Override
	public void commit() {
		run(() -> {
			this.connection.commit();
			this.connection.setAutoCommit(true);
		});
	}

	@Override
	public void rollback() {
		run(() -> {
			this.connection.rollback();
			this.connection.setAutoCommit(true);
		});
	}

	@Override
	public void comment(String text) {
	}

	@Override
	public void execute(String sql) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailedException(sql, ex);
		}
	}

	/**
	 * Run the statements as one JDBC batch, which the drivers send in one round trip.
	 */
	@Override
	public void executeAll(List<String> statements) {
		if (statements.size() == 1) {
			execute(statements.get(0));
			return;
		}
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : statements) {
				statement.addBatch(sql);
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			SQLException cause = (ex instanceof BatchUpdateException && ex.getNextException() != null)
					? ex.getNextException() : ex;
			throw new StatementFailedException(String.join(";\n", statements), cause);
		}
	}

	@Override
	public Connection connection() {
		return this.connection;
	}

	private static void run(JdbcAction action) {
		try {
			action.run();
		}
		catch (SQLException ex) {
			throw new MigrateException("Database error: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface JdbcAction {

		void run() throws SQLException;

	}

}
