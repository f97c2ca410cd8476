package dev.migrate.benchmarks.profile;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.benchmarks.tools.MigrateCore;
import dev.migrate.benchmarks.tools.RawJdbc;
import dev.migrate.benchmarks.tools.ToolArguments;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptLoader;

/**
 * Times the phases of one upgrade in a cold JVM, counting and timing every JDBC call,
 * then repeats the loading phases warm in the same JVM to separate class loading and JIT
 * warm-up from the work itself. Takes
 * {@code migrate|raw <jdbc-url> <user> <revisions-directory>}.
 */
public final class PhaseProfile {

	private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private long last = System.nanoTime();

	private long lastCpu = this.threads.getCurrentThreadCpuTime();

	private PhaseProfile() {
	}

	/**
	 * Profile one upgrade.
	 * @param arguments {@code migrate|raw <jdbc-url> <user> <revisions-directory>}
	 * @throws Exception on any failure
	 */
	public static void main(String[] arguments) throws Exception {
		ToolArguments tool = ToolArguments.parse(arguments);
		PhaseProfile profile = new PhaseProfile();
		System.out.printf(Locale.ROOT,
				"| phase | wall ms | thread CPU ms | classes loaded (total) |%n|---|---:|---:|---:|%n");
		System.out.printf(Locale.ROOT, "| JVM start to main | %d | | %d |%n",
				ManagementFactory.getRuntimeMXBean().getUptime(), profile.classes.getLoadedClassCount());
		JdbcRecorder recorder = new JdbcRecorder();
		DataSource dataSource = recorder.wrap(tool.dataSource());
		Path directory = tool.directory();
		if (tool.action().equals("raw")) {
			RawJdbc.upgrade(dataSource, directory);
			profile.phase("upgrade (list, read, apply)");
		}
		else {
			Migrator migrator = MigrateCore.migrator(dataSource, directory);
			profile.phase("load: scan, parse, graph (cold)");
			migrator.upgrade("heads");
			profile.phase("upgrade (cold)");
			String location = "file:" + directory.toAbsolutePath();
			List<MigrationScript> scripts = new ScriptLoader().load(List.of(location));
			profile.phase("scan and parse again (warm)");
			RevisionGraph.of(scripts.stream().map(MigrationScript::revision).toList());
			profile.phase("graph again (warm)");
			MigrateCore.migrator(tool.dataSource(), directory);
			profile.phase("load again (warm)");
		}
		System.out.printf(Locale.ROOT, "%nJDBC calls that reach the server: %d, %.0f ms in total%n%n", recorder.count(),
				recorder.nanos() / 1e6);
		System.out.printf(Locale.ROOT, "| call | count | ms |%n|---|---:|---:|%n");
		for (Map.Entry<String, long[]> call : recorder.calls().entrySet()) {
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f |%n", call.getKey(), call.getValue()[0],
					call.getValue()[1] / 1e6);
		}
	}

	private void phase(String name) {
		long now = System.nanoTime();
		long cpu = this.threads.getCurrentThreadCpuTime();
		System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %d |%n", name, (now - this.last) / 1e6,
				(cpu - this.lastCpu) / 1e6, this.classes.getLoadedClassCount());
		this.last = now;
		this.lastCpu = cpu;
	}

}
