package dev.migrate.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the results depend on besides the tools: when, on how many cores, under what load,
 * on which Java and PostgreSQL.
 */
public final class MachineFacts {

	private MachineFacts() {
	}

	/**
	 * The 1, 5 and 15 minute load averages.
	 * @return the first three fields of {@code /proc/loadavg}, or {@code unknown}
	 */
	public static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return String.join(" ", fields[0], fields[1], fields[2]);
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * A Markdown list of the facts of this run.
	 * @param options the settings
	 * @param loadBefore the load average when the run started
	 * @return the list
	 */
	static String describe(BenchmarkOptions options, String loadBefore) {
		return """
				- date: %s
				- machine: %d cores, %,d MB of memory; load average %s at the start, %s at the end
				- Java: %s %s; PostgreSQL: %s
				- %d interleaved rounds; each run a new process on a fresh database; synchronous_commit %s
				""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
				((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() / (1024 * 1024),
				loadBefore, loadAverage(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
				postgresVersion(options), options.rounds(), options.synchronousCommit() ? "on (the default)" : "off");
	}

	private static String postgresVersion(BenchmarkOptions options) {
		try (Connection connection = DriverManager.getConnection(options.adminUrl(), options.user(), "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW server_version")) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

}
