package dev.migrate.benchmarks;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The measurements of one scenario and tool over the rounds.
 *
 * @param measurements one per round
 */
public record Samples(List<Measurement> measurements) {

	/**
	 * The median wall time.
	 * @return milliseconds
	 */
	public double medianWall() {
		return median(Measurement::wallMillis);
	}

	/**
	 * The shortest wall time.
	 * @return milliseconds
	 */
	public double minWall() {
		return values(Measurement::wallMillis)[0];
	}

	/**
	 * The longest wall time.
	 * @return milliseconds
	 */
	public double maxWall() {
		double[] values = values(Measurement::wallMillis);
		return values[values.length - 1];
	}

	/**
	 * The median peak RSS.
	 * @return kilobytes
	 */
	public double medianPeakRss() {
		return median((measurement) -> measurement.peakRssKilobytes());
	}

	/**
	 * The median CPU time.
	 * @return milliseconds
	 */
	public double medianCpu() {
		return median(Measurement::cpuMillis);
	}

	/**
	 * The median of a measured value.
	 * @param value what to take of each measurement
	 * @return the median (the mean of the middle two for an even count)
	 */
	public double median(ToDoubleFunction<Measurement> value) {
		double[] values = values(value);
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private double[] values(ToDoubleFunction<Measurement> value) {
		return this.measurements.stream().mapToDouble(value).sorted().toArray();
	}

}
