package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measurement of a benchmark run, by scenario and tool, in the order first
 * measured.
 */
public final class Results {

	private final Map<Scenario, Map<Tool, List<Measurement>>> measurements = new LinkedHashMap<>();

	/**
	 * Record one measurement.
	 * @param scenario the scenario
	 * @param tool the tool
	 * @param measurement what the run cost
	 */
	public void add(Scenario scenario, Tool tool, Measurement measurement) {
		this.measurements.computeIfAbsent(scenario, (key) -> new LinkedHashMap<>())
			.computeIfAbsent(tool, (key) -> new ArrayList<>())
			.add(measurement);
	}

	/**
	 * The scenarios measured, in order.
	 * @return the scenarios
	 */
	public List<Scenario> scenarios() {
		return List.copyOf(this.measurements.keySet());
	}

	/**
	 * The measurements of one scenario and tool.
	 * @param scenario the scenario
	 * @param tool the tool
	 * @return the samples, if the tool ran in that scenario
	 */
	public Optional<Samples> samples(Scenario scenario, Tool tool) {
		List<Measurement> list = this.measurements.getOrDefault(scenario, Map.of()).get(tool);
		return Optional.ofNullable(list).map((values) -> new Samples(List.copyOf(values)));
	}

}
