package dev.migrate.benchmarks;

/**
 * What one cold process cost.
 *
 * @param wallMillis whole-process wall time, from start to exit (or to the marker line)
 * @param peakRssKilobytes the peak resident set size
 * @param cpuMillis user plus system CPU time of the process (to the marker line)
 * @param output what the process printed on standard output
 */
public record Measurement(double wallMillis, long peakRssKilobytes, double cpuMillis, String output) {

}
