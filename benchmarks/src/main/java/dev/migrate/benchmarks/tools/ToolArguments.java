package dev.migrate.benchmarks.tools;

import java.nio.file.Path;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The command line every tool program takes.
 *
 * @param action {@code upgrade}, {@code heads}, {@code history} or {@code current}
 * @param url the JDBC URL of the database
 * @param user the database user
 * @param directory where the tool's revisions are
 */
public record ToolArguments(String action, String url, String user, Path directory) {

	/**
	 * Parse {@code <action> <jdbc-url> <user> <revisions-directory>}.
	 * @param arguments the program arguments
	 * @return the parsed arguments
	 */
	public static ToolArguments parse(String[] arguments) {
		if (arguments.length != 4) {
			throw new IllegalArgumentException(
					"Expected <action> <jdbc-url> <user> <revisions-directory>, got " + String.join(" ", arguments));
		}
		return new ToolArguments(arguments[0], arguments[1], arguments[2], Path.of(arguments[3]));
	}

	/**
	 * A data source without a pool: the programs open one connection and exit.
	 * @return the data source
	 */
	public PGSimpleDataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(this.url);
		dataSource.setUser(this.user);
		return dataSource;
	}

	/**
	 * Fail for an action the tool has no counterpart of.
	 * @return never
	 */
	public IllegalArgumentException unsupported() {
		return new IllegalArgumentException("Unsupported action: " + this.action);
	}

}
