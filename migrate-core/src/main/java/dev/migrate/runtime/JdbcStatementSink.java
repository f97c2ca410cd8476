package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements on a connection and remembers which ran, so a failure can say what a
 * database without transactional DDL kept.
 */
final class JdbcStatementSink implements StatementSink {

	private final Connection connection;

	private final List<String> executed = new ArrayList<>();

	JdbcStatementSink(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void execute(String sql) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
			this.executed.add(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailedException(sql, ex);
		}
	}

	List<String> executed() {
		return List.copyOf(this.executed);
	}

}
