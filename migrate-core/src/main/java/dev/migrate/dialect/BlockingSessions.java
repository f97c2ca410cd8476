package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Tells which sessions hold the locks another session waits for, so that a run blocked by
 * another session (an application transaction left open, say) can say who blocks it.
 */
public interface BlockingSessions {

	/**
	 * Return the id of the session of a connection.
	 * @param connection the connection
	 * @return the session id
	 * @throws SQLException when the database fails
	 */
	long sessionId(Connection connection) throws SQLException;

	/**
	 * Return the sessions holding locks that a session waits for.
	 * @param monitor a connection of another session
	 * @param sessionId the waiting session
	 * @return the blocking sessions, none when it does not wait
	 * @throws SQLException when the database fails
	 */
	List<Session> blockers(Connection monitor, long sessionId) throws SQLException;

	/**
	 * A session, described for operators.
	 *
	 * @param id the session id
	 * @param description who it is and what it does
	 */
	record Session(long id, String description) {

	}

}
