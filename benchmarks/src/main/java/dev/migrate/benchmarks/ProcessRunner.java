package dev.migrate.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a new process and measures it: wall time here, peak RSS and CPU time
 * through GNU {@code time} (or {@code /proc} for a process stopped at a line it prints).
 */
public final class ProcessRunner {

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private final Path gnuTime;

	private final Path workDirectory;

	/**
	 * Create a runner.
	 * @param gnuTime the GNU {@code time} program
	 * @param workDirectory where output files of processes go
	 */
	public ProcessRunner(Path gnuTime, Path workDirectory) {
		this.gnuTime = gnuTime;
		this.workDirectory = workDirectory;
	}

	/**
	 * Run a command to its end.
	 * @param command the command
	 * @return what it cost
	 * @throws IllegalStateException if it fails or exceeds the timeout
	 */
	public Measurement run(Command command) {
		return run(command, 0);
	}

	/**
	 * Run a command to its end, which exits with a given status.
	 * @param command the command
	 * @param expectedExit the exit status that means it worked, such as 3 for a
	 * {@code db check} that finds changes
	 * @return what it cost
	 * @throws IllegalStateException if it exits otherwise or exceeds the timeout
	 */
	public Measurement run(Command command, int expectedExit) {
		try {
			Files.createDirectories(this.workDirectory);
			Path usage = this.workDirectory.resolve("usage.txt");
			Path out = this.workDirectory.resolve("stdout.txt");
			Path err = this.workDirectory.resolve("stderr.txt");
			List<String> arguments = new ArrayList<>(
					List.of(this.gnuTime.toString(), "-f", "%e %M %U %S", "-o", usage.toString()));
			arguments.addAll(command.arguments());
			ProcessBuilder builder = new ProcessBuilder(arguments).redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
			builder.environment().putAll(command.environment());
			long start = System.nanoTime();
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out after " + TIMEOUT + ": " + command.display());
			}
			double wall = (System.nanoTime() - start) / 1e6;
			if (process.exitValue() != expectedExit) {
				throw new IllegalStateException("Exit status " + process.exitValue() + " of " + command.display() + "\n"
						+ tail(Files.readString(err)));
			}
			String[] fields = lastLine(Files.readString(usage)).trim().split(" ");
			double cpu = (Double.parseDouble(fields[2]) + Double.parseDouble(fields[3])) * 1000;
			return new Measurement(wall, Long.parseLong(fields[1]), cpu, Files.readString(out));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command.display(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command.display(), ex);
		}
	}

	/**
	 * Start a long-running command, stop it once it prints a line that contains the
	 * marker, and measure the time to that line.
	 * @param command the command
	 * @param marker text of the line to wait for
	 * @return what it cost until the marker; the output holds the marker line
	 * @throws IllegalStateException if it exits or times out before the marker
	 */
	public Measurement runUntil(Command command, String marker) {
		ProcessBuilder builder = new ProcessBuilder(command.arguments()).redirectErrorStream(true);
		builder.environment().putAll(command.environment());
		Process process = null;
		try {
			long start = System.nanoTime();
			process = builder.start();
			process.getOutputStream().close();
			StringBuilder seen = new StringBuilder();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.contains(marker)) {
						double wall = (System.nanoTime() - start) / 1e6;
						long peak = peakRss(process.pid());
						return new Measurement(wall, peak, cpuMillis(process.pid()), line);
					}
					seen.append(line).append('\n');
				}
			}
			throw new IllegalStateException(
					"Ended before printing '" + marker + "': " + command.display() + "\n" + tail(seen.toString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command.display(), ex);
		}
		finally {
			if (process != null) {
				stop(process);
			}
		}
	}

	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static long peakRss(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}
		throw new IllegalStateException("No VmHWM for process " + pid);
	}

	/**
	 * User plus system CPU time of a running process, from fields 14 and 15 of
	 * {@code /proc/<pid>/stat} (in clock ticks, 100 a second on Linux).
	 */
	private static double cpuMillis(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
	}

	private static String lastLine(String text) {
		List<String> lines = text.lines().filter((line) -> !line.isBlank()).toList();
		return lines.get(lines.size() - 1);
	}

	private static String tail(String text) {
		List<String> lines = text.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

}
