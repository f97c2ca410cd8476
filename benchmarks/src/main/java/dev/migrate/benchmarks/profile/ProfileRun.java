package dev.migrate.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Action;
import dev.migrate.benchmarks.BenchmarkOptions;
import dev.migrate.benchmarks.Command;
import dev.migrate.benchmarks.MachineFacts;
import dev.migrate.benchmarks.Measurement;
import dev.migrate.benchmarks.PostgresServer;
import dev.migrate.benchmarks.ProcessRunner;
import dev.migrate.benchmarks.RevisionPlan;
import dev.migrate.benchmarks.Tool;
import dev.migrate.benchmarks.Tool.Target;
import dev.migrate.benchmarks.Toolchain;
import dev.migrate.benchmarks.tools.MigrateCore;

/**
 * Shows where migrate's time goes, in cold processes on fresh databases: the phases of
 * plain JDBC and migrate's core API applying N revisions and checking at the head (with
 * every JDBC call counted and timed), then JFR execution samples of migrate's apply,
 * at-head check and one-shot {@code db current}, grouped by what the code was doing.
 * Takes the benchmark's options ({@code --revisions} takes the first size,
 * {@code --rounds} the number of recordings of each).
 */
public final class ProfileRun {

	private final BenchmarkOptions options;

	private final Toolchain toolchain;

	private final ProcessRunner runner;

	private final PostgresServer server;

	private final StringBuilder report = new StringBuilder();

	private ProfileRun(BenchmarkOptions options) {
		this.options = options;
		this.toolchain = Toolchain.detect(options, System.err);
		this.runner = new ProcessRunner(Path.of("/usr/bin/time"), options.workDirectory().resolve("process"));
		this.server = new PostgresServer(options.adminUrl(), options.user(), options.synchronousCommit());
	}

	/**
	 * Profile and write the report under the results directory.
	 * @param arguments the benchmark's options
	 * @throws IOException if the report cannot be written
	 */
	public static void main(String[] arguments) throws IOException {
		BenchmarkOptions options = BenchmarkOptions.parse(arguments);
		String report = new ProfileRun(options).run();
		System.out.println(report);
		Files.createDirectories(options.resultsDirectory());
		Files.writeString(options.resultsDirectory().resolve("profile-latest.md"), report);
	}

	private String run() {
		int size = this.options.revisions().get(0);
		RevisionPlan plan = RevisionPlan.of(size);
		this.report.append("# Where migrate's time goes, %,d revisions\n\n- date: %s; load average at the start: %s\n"
			.formatted(size, Instant.now().truncatedTo(ChronoUnit.SECONDS), MachineFacts.loadAverage()));
		for (Tool tool : List.of(Tool.RAW, Tool.MIGRATE)) {
			String url = this.server.createDatabase("profile");
			try {
				Target target = target(tool, plan, url);
				phases(tool, "apply %,d from empty".formatted(size), target);
				phases(tool, "at head, %,d revisions".formatted(size), target);
			}
			finally {
				this.server.dropDatabase(url);
			}
		}
		List<Path> apply = new ArrayList<>();
		List<Path> atHead = new ArrayList<>();
		List<Path> oneShot = new ArrayList<>();
		Path recordings = this.options.workDirectory().resolve("jfr");
		for (int round = 0; round < this.options.rounds(); round++) {
			String url = this.server.createDatabase("jfr");
			try {
				Target target = target(Tool.MIGRATE, plan, url);
				apply.add(record(recordings.resolve("apply-" + round + ".jfr"), (options) -> Tool.MIGRATE
					.javaTool(this.toolchain, MigrateCore.class, options, Map.of(), Action.UPGRADE, target)));
				atHead.add(record(recordings.resolve("at-head-" + round + ".jfr"), (options) -> Tool.MIGRATE
					.javaTool(this.toolchain, MigrateCore.class, options, Map.of(), Action.UPGRADE, target)));
				if (Tool.ONE_SHOT.available(this.toolchain)) {
					Command current = Tool.ONE_SHOT.command(this.toolchain, Action.CURRENT, target);
					oneShot.add(record(recordings.resolve("one-shot-current-" + round + ".jfr"),
							(options) -> withJvmOptions(current, options)));
				}
			}
			finally {
				this.server.dropDatabase(url);
			}
		}
		hotspots("migrate (core API) apply %,d from empty".formatted(size), apply);
		hotspots("migrate (core API) at head, %,d revisions".formatted(size), atHead);
		if (!oneShot.isEmpty()) {
			hotspots("one-shot `java -jar sample.jar db current` at head, %,d revisions".formatted(size), oneShot);
		}
		return this.report.toString();
	}

	private void phases(Tool tool, String title, Target target) {
		Command command = new Command(List.of(this.toolchain.java().toString(), "-cp",
				Tool.MIGRATE.classPath(this.toolchain), PhaseProfile.class.getName(),
				tool.name().toLowerCase(Locale.ROOT), target.jdbcUrl(), target.user(), target.revisions().toString()),
				Map.of());
		Measurement measurement = this.runner.run(command);
		this.report.append("\n## Phases: %s, %s (process: %,.0f ms wall, %,.0f ms CPU, %,d MB peak RSS)\n\n".formatted(
				tool.label(this.toolchain), title, measurement.wallMillis(), measurement.cpuMillis(),
				measurement.peakRssKilobytes() / 1024));
		this.report.append(measurement.output());
	}

	private Path record(Path file, java.util.function.Function<List<String>, Command> command) {
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare " + file, ex);
		}
		this.runner.run(command
			.apply(List.of("-XX:StartFlightRecording=filename=" + file + ",settings=profile", "-Xlog:jfr*=error")));
		return file;
	}

	private void hotspots(String title, List<Path> recordings) {
		List<String> arguments = new ArrayList<>(List.of(this.toolchain.java().toString(), "-cp",
				String.join(java.io.File.pathSeparator,
						this.toolchain.classPath().stream().map(Path::toString).toList()),
				JfrHotspots.class.getName()));
		recordings.forEach((recording) -> arguments.add(recording.toString()));
		Measurement measurement = this.runner.run(new Command(arguments, Map.of()));
		this.report.append("\n## JFR: %s\n\n".formatted(title)).append(measurement.output());
	}

	private static Command withJvmOptions(Command command, List<String> jvmOptions) {
		List<String> arguments = new ArrayList<>(command.arguments());
		arguments.addAll(1, jvmOptions);
		return new Command(arguments, command.environment());
	}

	private Target target(Tool tool, RevisionPlan plan, String url) {
		return new Target(url, this.options.user(),
				tool.format().writeInto(plan, this.options.workDirectory().resolve("revisions")));
	}

}
