package dev.migrate.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a benchmark run, from {@code --name=value} arguments.
 *
 * @param rounds how many interleaved rounds
 * @param revisions the sizes of the apply, at-head, current and startup scenarios
 * @param graphRevisions the sizes of the heads and history scenarios
 * @param tools the tools to compare
 * @param scenarios the scenario groups to run: {@code apply}, {@code graph},
 * {@code boot}, {@code model}
 * @param adminUrl the JDBC URL of a PostgreSQL database to create databases from
 * @param user a PostgreSQL user that may create databases
 * @param sampleJar the sample's executable jar, for the one-shot and Spring Boot
 * scenarios
 * @param python a Python 3 with Alembic and psycopg2
 * @param workDirectory where revisions and process output go
 * @param resultsDirectory where the results table is written
 * @param synchronousCommit whether the benchmark databases keep PostgreSQL's synchronous
 * commit
 * @param mariadbUrl the JDBC URL of a MariaDB server to create the {@code check}
 * scenario's databases on
 * @param mariadbUser a MariaDB user that may create databases (without a password)
 */
public record BenchmarkOptions(int rounds, List<Integer> revisions, List<Integer> graphRevisions, Set<Tool> tools,
		Set<String> scenarios, String adminUrl, String user, @Nullable Path sampleJar, @Nullable Path python,
		Path workDirectory, Path resultsDirectory, boolean synchronousCommit, String mariadbUrl, String mariadbUser) {

	/** The scenario groups. */
	public static final List<String> SCENARIO_GROUPS = List.of("apply", "graph", "boot", "model", "check");

	/**
	 * The usage text.
	 */
	public static final String USAGE = """
			Options (all optional):
			  --rounds=7                     interleaved rounds; each tool runs once per round and scenario
			  --revisions=1000               sizes for apply, at head, current and Spring Boot startup (comma-separated)
			  --graph-revisions=10000        sizes for heads and history (comma-separated)
			  --tools=raw,migrate,one_shot,one_shot_cds,alembic,flyway,liquibase
			  --scenarios=apply,graph,boot,model,check   model: db migrate on a 100-entity JPA model (needs the sample's jar)
			  --url=jdbc:postgresql://127.0.0.1:5432/postgres   database to create the benchmark databases from
			  --user=postgres
			  --sample-jar=PATH              the sample's jar (one-shot and Spring Boot scenarios)
			  --python=/usr/bin/python3      a Python 3 with Alembic and psycopg2
			  --synchronous-commit=on        off: commits do not wait for the disk (less noise from a shared disk)
			  --mariadb-url=jdbc:mariadb://127.0.0.1:3306/  --mariadb-user=root   the check scenario's MariaDB server
			  --work=benchmarks/target/bench  --results=benchmarks/target/results
			""";

	/**
	 * Parse the arguments.
	 * @param arguments {@code --name=value} arguments
	 * @return the options
	 * @throws IllegalArgumentException for an unknown option or a bad value
	 */
	public static BenchmarkOptions parse(String... arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (!argument.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Expected --name=value, got '" + argument + "'\n" + USAGE);
			}
			values.put(argument.substring(2, equals), argument.substring(equals + 1));
		}
		Set<Tool> tools = EnumSet.noneOf(Tool.class);
		for (String tool : list(values.remove("tools"), "raw,migrate,one_shot,one_shot_cds,alembic,flyway,liquibase")) {
			tools.add(Tool.valueOf(tool.toUpperCase(Locale.ROOT)));
		}
		Set<String> scenarios = new java.util.LinkedHashSet<>(
				list(values.remove("scenarios"), "apply,graph,boot,model,check"));
		if (!SCENARIO_GROUPS.containsAll(scenarios)) {
			throw new IllegalArgumentException("Unknown scenarios in " + scenarios + ": use " + SCENARIO_GROUPS);
		}
		String sampleJar = values.remove("sample-jar");
		String python = values.remove("python");
		Path defaultPython = Path.of("/usr/bin/python3");
		BenchmarkOptions options = new BenchmarkOptions(Integer.parseInt(values.getOrDefault("rounds", "7")),
				sizes(values.remove("revisions"), "1000"), sizes(values.remove("graph-revisions"), "10000"), tools,
				scenarios, values.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
				values.getOrDefault("user", "postgres"), (sampleJar != null) ? Path.of(sampleJar) : null,
				(python != null) ? Path.of(python) : (Files.isExecutable(defaultPython) ? defaultPython : null),
				Path.of(values.getOrDefault("work", "benchmarks/target/bench")),
				Path.of(values.getOrDefault("results", "benchmarks/target/results")),
				onOrOff(values.getOrDefault("synchronous-commit", "on")),
				values.getOrDefault("mariadb-url", "jdbc:mariadb://127.0.0.1:3306/"),
				values.getOrDefault("mariadb-user", "root"));
		values.keySet()
			.removeAll(List.of("rounds", "url", "user", "work", "results", "synchronous-commit", "mariadb-url",
					"mariadb-user"));
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("Unknown options " + values.keySet() + "\n" + USAGE);
		}
		if (options.rounds() < 1) {
			throw new IllegalArgumentException("--rounds must be at least 1");
		}
		return options;
	}

	private static boolean onOrOff(String value) {
		return switch (value) {
			case "on" -> true;
			case "off" -> false;
			default -> throw new IllegalArgumentException("--synchronous-commit takes on or off, not '" + value + "'");
		};
	}

	private static List<String> list(@Nullable String value, String defaults) {
		return Arrays.stream(((value != null) ? value : defaults).split(","))
			.map(String::trim)
			.filter((item) -> !item.isEmpty())
			.toList();
	}

	private static List<Integer> sizes(@Nullable String value, String defaults) {
		return list(value, defaults).stream().map(Integer::parseInt).toList();
	}

}
