package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the benchmark runs on: creates a fresh database for each run of
 * each tool and drops it after.
 *
 * @param adminUrl the JDBC URL of a database to connect to for {@code CREATE DATABASE}
 * @param user a user that may create databases
 * @param synchronousCommit whether commits wait for the write-ahead log to reach the disk
 * (PostgreSQL's default); without it, a disk shared with other work adds less noise
 */
public record PostgresServer(String adminUrl, String user, boolean synchronousCommit) {

	private static final AtomicInteger counter = new AtomicInteger();

	/**
	 * Create an empty database.
	 * @param purpose a word for its name, such as the tool
	 * @return the database's JDBC URL
	 */
	public String createDatabase(String purpose) {
		String name = "bench_" + purpose + "_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
		execute("CREATE DATABASE " + name);
		if (!this.synchronousCommit) {
			execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
		}
		return this.adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
	}

	/**
	 * Drop a database created by {@link #createDatabase(String)}.
	 * @param url its JDBC URL
	 */
	public void dropDatabase(String url) {
		execute("DROP DATABASE IF EXISTS " + databaseName(url) + " WITH (FORCE)");
	}

	/**
	 * Count the tables a run created, to check that it did the work.
	 * @param url the database's JDBC URL
	 * @return the number of {@code bench_} tables
	 */
	public int countBenchmarkTables(String url) {
		try (Connection connection = DriverManager.getConnection(url, this.user, "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'bench\\_%'")) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not count the tables of " + url, ex);
		}
	}

	private static String databaseName(String url) {
		String path = url.replaceFirst("\\?.*$", "");
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl, this.user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + this.adminUrl, ex);
		}
	}

}
