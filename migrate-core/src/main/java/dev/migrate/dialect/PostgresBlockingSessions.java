package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's {@code pg_blocking_pids}, with the blockers described from
 * {@code pg_stat_activity}.
 */
final class PostgresBlockingSessions implements BlockingSessions {

	@Override
	public long sessionId(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getLong(1);
		}
	}

	@Override
	public List<Session> blockers(Connection monitor, long sessionId) throws SQLException {
		String sql = "SELECT " + PostgresSessions.COLUMNS
				+ " FROM pg_stat_activity a WHERE a.pid = ANY(pg_blocking_pids(?)) ORDER BY a.pid";
		List<Session> blockers = new ArrayList<>();
		try (PreparedStatement statement = monitor.prepareStatement(sql)) {
			statement.setInt(1, Math.toIntExact(sessionId));
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					blockers.add(new Session(result.getLong(1), PostgresSessions.describe(result)));
				}
			}
		}
		return blockers;
	}

}
