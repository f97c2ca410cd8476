package dev.migrate.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.migrate.benchmarks.Scenario.Kind;

/**
 * Renders the results as Markdown tables: median wall time with the ratio to plain JDBC,
 * the spread, peak RSS, client CPU time, and the Spring Boot startup comparison.
 */
final class ResultsReport {

	private final BenchmarkOptions options;

	private final Toolchain toolchain;

	private final List<Tool> tools;

	ResultsReport(BenchmarkOptions options, Toolchain toolchain, List<Tool> tools) {
		this.options = options;
		this.toolchain = toolchain;
		this.tools = tools;
	}

	String render(Results results, String facts) {
		StringBuilder report = new StringBuilder("# migrate benchmark\n\n").append(facts).append('\n');
		List<Scenario> toolScenarios = results.scenarios()
			.stream()
			.filter((scenario) -> scenario.kind() != Kind.BOOT_DISABLED && scenario.kind() != Kind.BOOT_ENABLED)
			.toList();
		if (!toolScenarios.isEmpty()) {
			report.append("## Wall time of the whole process, median (ratio to raw JDBC), ms\n\n");
			table(report, results, toolScenarios, (samples) -> number(samples.medianWall()), true);
			report.append("\n## Spread of wall time, fastest to slowest round, ms\n\n");
			table(report, results, toolScenarios,
					(samples) -> number(samples.minWall()) + "–" + number(samples.maxWall()), false);
			report.append("\n## Peak RSS, median, MB\n\n");
			table(report, results, toolScenarios, (samples) -> number(samples.medianPeakRss() / 1024), false);
			report.append("\n## Client CPU time (user + system) of the process, median, ms\n\n");
			table(report, results, toolScenarios, (samples) -> number(samples.medianCpu()), false);
		}
		List<Scenario> startups = results.scenarios().stream().filter((s) -> s.kind() == Kind.BOOT_ENABLED).toList();
		if (!startups.isEmpty()) {
			report.append("\n## Sample application startup at head, time to the \"Started\" line, median ms\n\n");
			report.append("| revisions | migrate disabled | migrate enabled | added by migrate "
					+ "| CPU disabled / enabled (added), ms | peak RSS disabled / enabled, MB |\n");
			report.append("|---:|---:|---:|---:|---:|---:|\n");
			for (Scenario enabled : startups) {
				Samples on = results.samples(enabled, Tool.ONE_SHOT).orElseThrow();
				Samples off = results.samples(new Scenario(Kind.BOOT_DISABLED, enabled.revisions()), Tool.ONE_SHOT)
					.orElseThrow();
				report.append("| %s | %s (%s) | %s (%s) | %s | %s / %s (%s) | %s / %s |\n".formatted(
						number(enabled.revisions()), number(off.medianWall()), spread(off), number(on.medianWall()),
						spread(on), number(on.medianWall() - off.medianWall()), number(off.medianCpu()),
						number(on.medianCpu()), number(on.medianCpu() - off.medianCpu()),
						number(off.medianPeakRss() / 1024), number(on.medianPeakRss() / 1024)));
			}
		}
		return report.toString();
	}

	private void table(StringBuilder report, Results results, List<Scenario> scenarios, Function<Samples, String> cell,
			boolean withRatio) {
		report.append("| scenario |");
		this.tools.forEach((tool) -> report.append(' ').append(tool.label(this.toolchain)).append(" |"));
		report.append("\n|---|");
		this.tools.forEach((tool) -> report.append("---:|"));
		report.append('\n');
		for (Scenario scenario : scenarios) {
			report.append("| ").append(scenario.label()).append(" |");
			Optional<Samples> raw = results.samples(scenario, Tool.RAW);
			for (Tool tool : this.tools) {
				Optional<Samples> samples = results.samples(scenario, tool);
				String text = samples.map(cell).orElse("");
				if (withRatio && tool != Tool.RAW && raw.isPresent() && samples.isPresent()) {
					text += String.format(Locale.ROOT, " (%.2f×)", samples.get().medianWall() / raw.get().medianWall());
				}
				report.append(' ').append(text).append(" |");
			}
			report.append('\n');
		}
	}

	private static String spread(Samples samples) {
		return number(samples.minWall()) + "–" + number(samples.maxWall());
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

}
