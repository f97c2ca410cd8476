package dev.migrate.benchmarks.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * The baseline: plain JDBC that runs each revision's DDL and records one version row,
 * each revision in its own transaction, skipping revisions whose row is there.
 */
public final class RawJdbc {

	private RawJdbc() {
	}

	/**
	 * Upgrade the database.
	 * @param arguments see {@link ToolArguments}
	 * @throws Exception on any failure
	 */
	public static void main(String[] arguments) throws Exception {
		ToolArguments tool = ToolArguments.parse(arguments);
		if (!tool.action().equals("upgrade")) {
			throw tool.unsupported();
		}
		upgrade(tool.dataSource(), tool.directory());
	}

	/**
	 * Apply the revisions of a directory that are not applied yet.
	 * @param dataSource the database
	 * @param directory the {@code .sql} files, applied in file name order
	 * @throws Exception on any failure
	 */
	public static void upgrade(DataSource dataSource, Path directory) throws Exception {
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.filter((path) -> path.toString().endsWith(".sql")).sorted().toList();
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS raw_version (version VARCHAR(32) PRIMARY KEY)");
			Set<String> applied = new HashSet<>();
			try (ResultSet rows = statement.executeQuery("SELECT version FROM raw_version")) {
				while (rows.next()) {
					applied.add(rows.getString(1));
				}
			}
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_version VALUES (?)")) {
				for (Path file : files) {
					String version = file.getFileName().toString();
					if (!applied.contains(version)) {
						statement.execute(Files.readString(file));
						insert.setString(1, version);
						insert.executeUpdate();
						connection.commit();
					}
				}
			}
		}
	}

}
