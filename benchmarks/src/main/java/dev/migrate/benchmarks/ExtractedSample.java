package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample's jar extracted the way Spring Boot recommends for production
 * ({@code java -Djarmode=tools -jar app.jar extract}), with a class data sharing archive
 * made by a training run: how docs/commands.md ("Faster one-shot commands") tells
 * operators to run the one-shot commands.
 *
 * @param jar the extracted application jar, next to its {@code lib} directory
 * @param archive the CDS archive; written by {@link #trainingCommand}
 */
public record ExtractedSample(Path jar, Path archive) {

	/** The JVM options of every timed run, as the documentation gives them. */
	static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

	/**
	 * Extract the sample's jar into a directory of the work directory, replacing an
	 * earlier extraction.
	 * @param java the {@code java} executable
	 * @param sampleJar the sample's executable jar
	 * @param workDirectory the benchmark's work directory
	 * @return the extracted sample, without an archive yet
	 * @throws IllegalStateException if the extraction fails
	 */
	public static ExtractedSample extract(Path java, Path sampleJar, Path workDirectory) {
		Path directory = workDirectory.resolve("extracted-sample");
		try {
			Process process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", sampleJar.toString(),
					"extract", "--force", "--destination", directory.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("Extracting " + sampleJar + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Extracting " + sampleJar + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while extracting " + sampleJar, ex);
		}
		Path jar = directory.resolve(sampleJar.getFileName());
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("Extracting " + sampleJar + " gave no " + jar);
		}
		return new ExtractedSample(jar, directory.resolve("app.jsa"));
	}

	/**
	 * The training run: {@code db upgrade} on a fresh database with the context built
	 * (not answered from the environment), writing the archive of the classes it loaded.
	 * @param java the {@code java} executable
	 * @param target the database and revisions of the run
	 * @param environment the database settings
	 * @return the command
	 */
	public Command trainingCommand(Path java, Tool.Target target, Map<String, String> environment) {
		Map<String, String> training = new HashMap<>(environment);
		training.put("MIGRATE_ONE_SHOT_REVISIONS_FROM_ENVIRONMENT", "false");
		List<String> arguments = new ArrayList<>(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + this.archive));
		arguments.addAll(target.dbCommand(this.jar, Action.UPGRADE));
		return new Command(arguments, training);
	}

	/**
	 * The command of a timed run: the documented options and the archive.
	 * @param java the {@code java} executable
	 * @param action the command to run
	 * @param target the database and revisions of the run
	 * @param environment the database settings
	 * @return the command
	 */
	public Command command(Path java, Action action, Tool.Target target, Map<String, String> environment) {
		List<String> arguments = new ArrayList<>(List.of(java.toString(), "-XX:SharedArchiveFile=" + this.archive));
		arguments.addAll(JVM_OPTIONS);
		arguments.addAll(target.dbCommand(this.jar, action));
		return new Command(arguments, environment);
	}

}
