package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Scenario.Kind;
import dev.migrate.benchmarks.Tool.Target;

/**
 * Runs every scenario for every tool in interleaved rounds, each run a cold process on a
 * fresh database, and writes the results table.
 */
public final class Benchmark {

	private static final String STARTED = "Started SampleApplication";

	/** The number of entities of the {@code model} scenario. */
	static final int MODEL_ENTITIES = 100;

	private final BenchmarkOptions options;

	private final Toolchain toolchain;

	private final ProcessRunner runner;

	private final PostgresServer server;

	private final PrintStream progress;

	private final Map<Integer, RevisionPlan> plans = new HashMap<>();

	private final CheckBenchmark check;

	/**
	 * Create a benchmark.
	 * @param options the settings
	 * @param toolchain where the tools are
	 * @param progress where to report each measurement as it is taken
	 */
	public Benchmark(BenchmarkOptions options, Toolchain toolchain, PrintStream progress) {
		this.options = options;
		this.toolchain = toolchain;
		this.runner = new ProcessRunner(Path.of("/usr/bin/time"), options.workDirectory().resolve("process"));
		this.server = new PostgresServer(options.adminUrl(), options.user(), options.synchronousCommit());
		this.progress = progress;
		this.check = new CheckBenchmark(options, toolchain, this.runner, this.server);
	}

	/**
	 * Run the benchmark with {@code --name=value} options (see
	 * {@link BenchmarkOptions#USAGE}), print the results table and write it under the
	 * results directory.
	 * @param arguments the options
	 * @throws IOException if the results cannot be written
	 */
	public static void main(String[] arguments) throws IOException {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("Error: " + ex.getMessage());
			System.exit(2);
			return;
		}
		Toolchain toolchain = Toolchain.detect(options, System.err);
		Benchmark benchmark = new Benchmark(options, toolchain, System.err);
		String loadBefore = MachineFacts.loadAverage();
		Results results = benchmark.run();
		String report = new ResultsReport(options, toolchain, benchmark.tools()).render(results,
				MachineFacts.describe(options, loadBefore));
		System.out.println(report);
		Files.createDirectories(options.resultsDirectory());
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
		Path file = options.resultsDirectory().resolve("benchmark-" + stamp + ".md");
		Files.writeString(file, report);
		Files.writeString(options.resultsDirectory().resolve("latest.md"), report);
		System.err.println("Results written to " + file);
	}

	/**
	 * The tools that take part: those asked for that are installed.
	 * @return the tools, in column order
	 */
	public List<Tool> tools() {
		return this.options.tools().stream().filter((tool) -> tool.available(this.toolchain)).toList();
	}

	/**
	 * Run every round.
	 * @return the measurements
	 */
	public Results run() {
		warmUp();
		Results results = new Results();
		for (int round = 0; round < this.options.rounds(); round++) {
			if (this.options.scenarios().contains("apply")) {
				for (int size : this.options.revisions()) {
					for (Tool tool : rotated(tools(), round)) {
						applyAndCheck(tool, size, round, results);
					}
				}
			}
			if (this.options.scenarios().contains("graph")) {
				for (int size : this.options.graphRevisions()) {
					for (Tool tool : rotated(tools().stream().filter((t) -> t.supports(Action.HEADS)).toList(),
							round)) {
						graph(tool, size, round, results);
					}
				}
			}
			if (this.options.scenarios().contains("boot") && Tool.ONE_SHOT.available(this.toolchain)) {
				for (int size : this.options.revisions()) {
					startup(size, round, results);
				}
			}
			if (this.options.scenarios().contains("model") && Tool.ONE_SHOT.available(this.toolchain)) {
				modelMigrate(round, results);
			}
			if (this.options.scenarios().contains("check")) {
				int current = round;
				this.check.run(tools(), round,
						(scenario, tool, measurement) -> record(results, current, scenario, tool, measurement));
			}
		}
		return results;
	}

	/**
	 * Show the heads once with every tool at every size, untimed, so that one-time work
	 * (Python compiling each revision file to byte code on first import, the operating
	 * system reading the files) does not fall into the first round.
	 */
	private void warmUp() {
		trainClassDataSharing();
		List<Integer> sizes = new ArrayList<>(this.options.revisions());
		sizes.addAll(this.options.graphRevisions());
		for (int size : sizes) {
			for (Tool tool : tools()) {
				if (tool.supports(Action.HEADS) && tool != Tool.ONE_SHOT && tool != Tool.ONE_SHOT_CDS) {
					String url = this.server.createDatabase("warmup");
					try {
						this.runner.run(tool.command(this.toolchain, Action.HEADS, target(tool, plan(size), url)));
					}
					finally {
						this.server.dropDatabase(url);
					}
				}
			}
		}
	}

	/**
	 * Make the class data sharing archive of the extracted sample, once per run, with
	 * {@code db upgrade} of the smallest size on a fresh database.
	 */
	private void trainClassDataSharing() {
		ExtractedSample extracted = this.toolchain.extractedSample();
		if (extracted == null || !this.options.tools().contains(Tool.ONE_SHOT_CDS)) {
			return;
		}
		RevisionPlan plan = plan(this.options.revisions().get(0));
		String url = this.server.createDatabase("cds");
		try {
			Tool.Target target = target(Tool.ONE_SHOT_CDS, plan, url);
			this.runner.run(extracted.trainingCommand(this.toolchain.java(), target, target.springDataSource()));
		}
		finally {
			this.server.dropDatabase(url);
		}
	}

	private void applyAndCheck(Tool tool, int size, int round, Results results) {
		RevisionPlan plan = plan(size);
		String url = this.server.createDatabase(tool.name().toLowerCase(Locale.ROOT));
		try {
			Target target = target(tool, plan, url);
			measure(results, round, new Scenario(Kind.APPLY, size), tool, target);
			int tables = this.server.countBenchmarkTables(url);
			int expected = (size + 2) / 3;
			if (tables != expected) {
				throw new IllegalStateException(
						tool + " created " + tables + " tables for " + size + " revisions instead of " + expected);
			}
			measure(results, round, new Scenario(Kind.AT_HEAD, size), tool, target);
			if (tool.supports(Action.CURRENT)) {
				Measurement current = measure(results, round, new Scenario(Kind.CURRENT, size), tool, target);
				expectOutput(tool, Kind.CURRENT, current, plan.head().id());
			}
		}
		finally {
			this.server.dropDatabase(url);
		}
	}

	private void graph(Tool tool, int size, int round, Results results) {
		RevisionPlan plan = plan(size);
		String url = this.server.createDatabase(tool.name().toLowerCase(Locale.ROOT));
		try {
			Target target = target(tool, plan, url);
			Measurement heads = measure(results, round, new Scenario(Kind.HEADS, size), tool, target);
			expectOutput(tool, Kind.HEADS, heads, plan.head().id());
			Measurement history = measure(results, round, new Scenario(Kind.HISTORY, size), tool, target);
			expectOutput(tool, Kind.HISTORY, history, plan.revisions().get(0).id());
		}
		finally {
			this.server.dropDatabase(url);
		}
	}

	private void startup(int size, int round, Results results) {
		RevisionPlan plan = plan(size);
		String url = this.server.createDatabase("boot");
		try {
			this.runner.run(Tool.MIGRATE.command(this.toolchain, Action.UPGRADE, target(Tool.MIGRATE, plan, url)));
			Target target = target(Tool.ONE_SHOT, plan, url);
			List<Kind> kinds = new ArrayList<>(List.of(Kind.BOOT_DISABLED, Kind.BOOT_ENABLED));
			Collections.rotate(kinds, round);
			for (Kind kind : kinds) {
				Command command = new Command(
						List.of(this.toolchain.java().toString(), "-jar", String.valueOf(this.toolchain.sampleJar()),
								"--server.port=0", "--migrate.locations=file:" + target.revisions().toAbsolutePath(),
								"--migrate.enabled=" + (kind == Kind.BOOT_ENABLED),
								// the benchmark's revisions do not create the sample's
								// entity tables
								"--spring.jpa.hibernate.ddl-auto=none"),
						Tool.ONE_SHOT.command(this.toolchain, Action.UPGRADE, target).environment());
				Measurement measurement = this.runner.runUntil(command, STARTED);
				record(results, round, new Scenario(kind, size), Tool.ONE_SHOT, measurement);
			}
		}
		finally {
			this.server.dropDatabase(url);
		}
	}

	/**
	 * {@code db migrate} as a one-shot process of the sample's jar, with the entities of
	 * {@link EntityModelJar} on its class path, on a database at the sample's head: the
	 * revision it writes must create every entity's table.
	 */
	private void modelMigrate(int round, Results results) {
		Path classes = EntityModelJar.of(MODEL_ENTITIES, this.options.workDirectory());
		Path written = this.options.workDirectory().resolve("model-revisions");
		String url = this.server.createDatabase("model");
		try {
			deleteRecursively(written);
			Files.createDirectories(written);
			Command command = new Command(
					List.of(this.toolchain.java().toString(), "-Dloader.path=" + classes, "-cp",
							String.valueOf(this.toolchain.sampleJar()),
							"org.springframework.boot.loader.launch.PropertiesLauncher", "db", "migrate", "-m",
							"Add the model", "--format", "sql"),
					Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", this.options.user(),
							"SPRING_DATASOURCE_PASSWORD", "", "MIGRATE_REVISIONS_SQL_DIRECTORY", written.toString()));
			Measurement measurement = this.runner.run(command);
			String revision;
			try (var files = Files.list(written)) {
				revision = Files.readString(files.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"db migrate wrote no revision:\n" + measurement.output().lines().limit(5).toList())));
			}
			String lastTable = EntityModelJar.table(MODEL_ENTITIES);
			if (!revision.contains("CREATE TABLE " + lastTable)) {
				throw new IllegalStateException("The revision of the model does not create " + lastTable);
			}
			record(results, round, new Scenario(Kind.MODEL_MIGRATE, MODEL_ENTITIES), Tool.ONE_SHOT, measurement);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.server.dropDatabase(url);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (var files = Files.walk(directory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	private Measurement measure(Results results, int round, Scenario scenario, Tool tool, Target target) {
		Measurement measurement = this.runner.run(tool.command(this.toolchain, scenario.kind().action(), target));
		record(results, round, scenario, tool, measurement);
		return measurement;
	}

	private void record(Results results, int round, Scenario scenario, Tool tool, Measurement measurement) {
		results.add(scenario, tool, measurement);
		this.progress.printf(Locale.ROOT, "round %d/%d  %-55s %-34s %,8.0f ms %,6d MB%n", round + 1,
				this.options.rounds(), scenario.label(), tool.label(this.toolchain), measurement.wallMillis(),
				measurement.peakRssKilobytes() / 1024);
	}

	private static void expectOutput(Tool tool, Kind kind, Measurement measurement, String revision) {
		if (!measurement.output().contains(revision)) {
			throw new IllegalStateException(tool + " " + kind + " did not print " + revision + ":\n"
					+ measurement.output().lines().limit(5).toList());
		}
	}

	private Target target(Tool tool, RevisionPlan plan, String url) {
		Path revisions = tool.format().writeInto(plan, this.options.workDirectory().resolve("revisions"));
		return new Target(url, this.options.user(), revisions);
	}

	private RevisionPlan plan(int size) {
		return this.plans.computeIfAbsent(size, RevisionPlan::of);
	}

	private static <T> List<T> rotated(List<T> list, int round) {
		List<T> copy = new ArrayList<>(list);
		Collections.rotate(copy, -round);
		return copy;
	}

}
