package dev.migrate.runtime;

/**
 * Where SQL statements go: run against a database, or written out as a script. The one
 * place where online and offline migrations differ.
 */
interface StatementSink {

	/**
	 * Run or write one statement.
	 * @param sql the statement, without a terminating semicolon
	 */
	void execute(String sql);

}
