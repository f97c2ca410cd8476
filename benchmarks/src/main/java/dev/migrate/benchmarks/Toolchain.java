package dev.migrate.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where the programs of each tool are: the Java executable, the jars of each Java tool
 * (taken from this process's class path), the sample application's jar and a Python that
 * has Alembic.
 *
 * @param java the {@code java} executable
 * @param classPath this process's class path entries
 * @param sampleJar the sample's executable jar, or {@code null} to leave out the one-shot
 * and Spring Boot scenarios
 * @param python a Python 3 with Alembic and psycopg2, or {@code null} to leave out
 * Alembic
 * @param alembicVersion the version of that Alembic, or {@code null}
 * @param extractedSample the sample's jar extracted for class data sharing, or
 * {@code null} without a sample jar or when {@link Tool#ONE_SHOT_CDS} does not take part
 */
public record Toolchain(Path java, List<Path> classPath, @Nullable Path sampleJar, @Nullable Path python,
		@Nullable String alembicVersion, @Nullable ExtractedSample extractedSample) {

	/**
	 * Find the tools for a run: this JVM and its class path, the sample jar and the
	 * Python of the options, leaving out (with a note) what is not installed.
	 * @param options the settings
	 * @param notes where to say what is left out
	 * @return the toolchain
	 */
	public static Toolchain detect(BenchmarkOptions options, PrintStream notes) {
		Path sampleJar = options.sampleJar();
		if (sampleJar != null && !Files.isRegularFile(sampleJar)) {
			notes.println("No sample jar at " + sampleJar + ": leaving out the one-shot and Spring Boot scenarios");
			sampleJar = null;
		}
		Path python = options.python();
		String alembic = (python != null) ? alembicVersion(python) : null;
		if (alembic == null) {
			notes.println("No Python with Alembic and psycopg2 (" + python
					+ "): leaving out Alembic; on Debian: apt-get install python3-alembic python3-psycopg2");
		}
		ExtractedSample extracted = (sampleJar != null && options.tools().contains(Tool.ONE_SHOT_CDS))
				? ExtractedSample.extract(currentJava(), sampleJar, options.workDirectory()) : null;
		return new Toolchain(currentJava(), currentClassPath(), sampleJar, (alembic != null) ? python : null, alembic,
				extracted);
	}

	private static @Nullable String alembicVersion(Path python) {
		try {
			Process process = new ProcessBuilder(python.toString(), "-c",
					"import alembic, psycopg2; print(alembic.__version__)")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return (process.waitFor() == 0) ? output : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * The class path of this process.
	 * @return its entries
	 */
	public static List<Path> currentClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.map(Path::of)
			.toList();
	}

	/**
	 * The java executable of this process.
	 * @return the path
	 */
	public static Path currentJava() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * The class path of one Java tool: the benchmark's own classes and the entries whose
	 * artifact name starts with one of the prefixes.
	 * @param artifacts artifact name prefixes, such as {@code flyway-}
	 * @return the class path, joined for {@code -cp}
	 */
	public String classPathOf(List<String> artifacts) {
		return this.classPath.stream()
			.filter((entry) -> isBenchmarkClasses(entry)
					|| artifacts.stream().anyMatch(artifactName(entry)::startsWith))
			.map(Path::toString)
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * The version of a jar on the class path, read from its file name.
	 * @param artifact the artifact name, such as {@code flyway-core}
	 * @return the version, if the jar is there
	 */
	public Optional<String> versionOf(String artifact) {
		String prefix = artifact + "-";
		return this.classPath.stream()
			.map((entry) -> entry.getFileName().toString())
			.filter((name) -> name.startsWith(prefix) && name.endsWith(".jar")
					&& Character.isDigit(name.charAt(prefix.length())))
			.map((name) -> name.substring(prefix.length(), name.length() - ".jar".length()))
			.findFirst();
	}

	/**
	 * Whether an entry holds the benchmark's own classes (the tool programs), wherever
	 * the benchmark runs from.
	 */
	private static boolean isBenchmarkClasses(Path entry) {
		try {
			Path own = Path.of(Toolchain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return entry.toAbsolutePath().equals(own.toAbsolutePath());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException("Cannot tell where the benchmark's classes are", ex);
		}
	}

	/**
	 * The artifact a class path entry holds: the jar's file name, or the module directory
	 * of {@code <module>/target/classes}.
	 */
	private static String artifactName(Path entry) {
		if (Files.isDirectory(entry) && entry.getNameCount() >= 3 && entry.endsWith(Path.of("target", "classes"))) {
			return entry.getName(entry.getNameCount() - 3).toString() + "-";
		}
		return entry.getFileName().toString();
	}

}
