package dev.migrate.runtime;

import java.sql.Connection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the statements of a run go, with the transactions around them: run against a
 * database, or written out as a script. The one place where online and offline runs
 * differ; {@link StepExecutor} decides what is sent, and in which transactions.
 */
interface StatementSink {

	/**
	 * Open a transaction.
	 */
	void begin();

	/**
	 * Commit the open transaction.
	 */
	void commit();

	/**
	 * Roll the open transaction back.
	 */
	void rollback();

	/**
	 * Say what comes next, for a reader of the statements.
	 * @param text one line
	 */
	void comment(String text);

	/**
	 * Run or write one statement.
	 * @param sql the statement, without a terminating semicolon
	 */
	void execute(String sql);

	/**
	 * Run or write statements that belong together, such as the version and history rows
	 * of a step; online, in one round trip to the database.
	 * @param statements the statements, each without a terminating semicolon
	 */
	default void executeAll(List<String> statements) {
		statements.forEach(this::execute);
	}

	/**
	 * Return the connection the statements run on.
	 * @return the connection, or {@code null} when the statements are written out
	 */
	@Nullable Connection connection();

}
