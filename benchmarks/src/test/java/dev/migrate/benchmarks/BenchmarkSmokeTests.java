package dev.migrate.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.ServerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Runs each scenario once on a few revisions, as real processes on the test PostgreSQL
 * server, so that the benchmark keeps working. Timings are not checked: they only count
 * when {@code benchmarks/run} measures them.
 */
class BenchmarkSmokeTests {

	@TempDir
	Path work;

	@Test
	void everyToolAppliesChecksAndShowsTheGraphInItsOwnProcess() {
		BenchmarkOptions options = options("--scenarios=apply,graph", "--tools=raw,migrate,alembic,flyway,liquibase");
		Toolchain toolchain = Toolchain.detect(options, System.err);
		Benchmark benchmark = new Benchmark(options, toolchain, progress());
		Results results = benchmark.run();
		List<Tool> expected = new ArrayList<>(List.of(Tool.RAW, Tool.MIGRATE, Tool.FLYWAY, Tool.LIQUIBASE));
		if (toolchain.python() != null) {
			expected.add(Tool.ALEMBIC);
		}
		assertThat(benchmark.tools()).containsAll(expected);
		for (Tool tool : expected) {
			assertThat(results.samples(new Scenario(Scenario.Kind.APPLY, 4), tool)).as(tool.name()).isPresent();
			assertThat(results.samples(new Scenario(Scenario.Kind.AT_HEAD, 4), tool)).as(tool.name()).isPresent();
		}
		assertThat(results.samples(new Scenario(Scenario.Kind.HEADS, 5), Tool.MIGRATE)).isPresent();
		assertThat(results.samples(new Scenario(Scenario.Kind.HISTORY, 5), Tool.MIGRATE)).isPresent();
		assertThat(results.samples(new Scenario(Scenario.Kind.HEADS, 5), Tool.FLYWAY)).isEmpty();
		String report = new ResultsReport(options, toolchain, benchmark.tools()).render(results, "");
		assertThat(report).contains("| apply 4 from empty |", "| `heads` at 5 revisions |", "Flyway 13.12.1",
				"Liquibase 4.33.0");
		assertThat(report.lines().filter((line) -> line.startsWith("| apply 4 from empty")).findFirst().orElseThrow())
			.containsPattern("\\(\\d+\\.\\d\\d×\\)");
	}

	@Test
	void theSampleStartsWithAndWithoutMigrateAtHead() {
		BenchmarkOptions options = options("--scenarios=boot", "--tools=one_shot", "--sample-jar=" + sampleJar());
		Toolchain toolchain = Toolchain.detect(options, System.err);
		Results results = new Benchmark(options, toolchain, progress()).run();
		assertThat(results.samples(new Scenario(Scenario.Kind.BOOT_ENABLED, 4), Tool.ONE_SHOT)).isPresent();
		assertThat(results.samples(new Scenario(Scenario.Kind.BOOT_DISABLED, 4), Tool.ONE_SHOT)).isPresent();
		String report = new ResultsReport(options, toolchain, List.of(Tool.ONE_SHOT)).render(results, "");
		assertThat(report)
			.contains("| revisions | migrate disabled | migrate enabled | added by migrate "
					+ "| CPU disabled / enabled (added), ms | peak RSS disabled / enabled, MB |")
			.containsPattern("\\| 4 \\| [\\d,]+ \\(.*\\) \\| [\\d,]+ \\(.*\\) \\| -?[\\d,]+ "
					+ "\\| [\\d,]+ / [\\d,]+ \\(-?[\\d,]+\\) \\| [\\d,]+ / [\\d,]+ \\|");
	}

	@Test
	void dbMigrateWritesTheRevisionOfAHundredEntityModel() {
		BenchmarkOptions options = options("--scenarios=model", "--tools=one_shot", "--sample-jar=" + sampleJar());
		Toolchain toolchain = Toolchain.detect(options, System.err);
		Results results = new Benchmark(options, toolchain, progress()).run();
		Scenario model = new Scenario(Scenario.Kind.MODEL_MIGRATE, Benchmark.MODEL_ENTITIES);
		assertThat(results.samples(model, Tool.ONE_SHOT)).isPresent();
		String report = new ResultsReport(options, toolchain, List.of(Tool.ONE_SHOT)).render(results, "");
		assertThat(report).containsPattern("\\| `db migrate` on a 100-entity JPA model \\| [\\d,]+ \\|");
	}

	@Test
	void dbCheckAndAlembicAutogenerateFindTheAddedColumnOnEachDatabase() {
		ServerSettings mariadb = DatabaseServers.shared().server(DatabaseKind.MARIADB).settings();
		BenchmarkOptions options = options("--scenarios=check", "--tools=one_shot,alembic",
				"--sample-jar=" + sampleJar(), "--mariadb-url=" + mariadb.url(),
				"--mariadb-user=" + mariadb.username());
		Toolchain toolchain = Toolchain.detect(options, System.err);
		Benchmark benchmark = new Benchmark(options, toolchain, progress());
		Results results = benchmark.run();
		for (Scenario.Kind kind : List.of(Scenario.Kind.CHECK_POSTGRESQL, Scenario.Kind.CHECK_MARIADB,
				Scenario.Kind.CHECK_H2)) {
			assertThat(results.samples(new Scenario(kind, CheckBenchmark.TABLES), Tool.ONE_SHOT)).as(kind.name())
				.isPresent();
		}
		if (toolchain.python() != null) {
			assertThat(results.samples(new Scenario(Scenario.Kind.CHECK_POSTGRESQL, 100), Tool.ALEMBIC)).isPresent();
			assertThat(results.samples(new Scenario(Scenario.Kind.CHECK_MARIADB, 100), Tool.ALEMBIC)).isPresent();
		}
		assertThat(results.samples(new Scenario(Scenario.Kind.CHECK_H2, 100), Tool.ALEMBIC)).isEmpty();
		String report = new ResultsReport(options, toolchain, benchmark.tools()).render(results, "");
		assertThat(report).contains("| `db check`, 100 tables, PostgreSQL |", "| `db check`, 100 tables, MariaDB |",
				"| `db check`, 100 tables, H2 |");
	}

	@Test
	void anUnknownOptionIsAnErrorThatShowsTheOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse("--round=3"))
			.withMessageContaining("Unknown options [round]")
			.withMessageContaining("--rounds=7");
	}

	private BenchmarkOptions options(String... extra) {
		ServerSettings postgres = DatabaseServers.shared().server(DatabaseKind.POSTGRESQL).settings();
		List<String> arguments = new ArrayList<>(List.of("--rounds=1", "--revisions=4", "--graph-revisions=5",
				"--url=" + postgres.url(), "--user=" + postgres.username(), "--work=" + this.work,
				"--results=" + this.work.resolve("results")));
		arguments.addAll(List.of(extra));
		return BenchmarkOptions.parse(arguments.toArray(String[]::new));
	}

	/**
	 * The sample's executable jar, which the build packages before this module's tests.
	 */
	private static Path sampleJar() {
		Path jar = Toolchain.currentClassPath()
			.stream()
			.filter((entry) -> entry.getFileName().toString().matches("sample-.*\\.jar"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"The sample jar is not on the test class path: run ./mvnw verify, which packages it first"));
		assertThat(Files.isRegularFile(jar)).isTrue();
		return jar;
	}

	private static PrintStream progress() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

}
