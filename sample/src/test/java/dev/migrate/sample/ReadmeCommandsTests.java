package dev.migrate.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the {@code db} commands of the README's code blocks, in order, against the
 * packaged sample jar, so the README's tour cannot rot. Runs in the {@code verify} phase,
 * after the jar is packaged ({@code ./mvnw -pl sample -am verify}), in a throwaway copy
 * of what the commands need: the jar, the sample's revision sources and a fresh H2 file.
 *
 * <p>
 * The extraction rule, line by line in the README's fenced code blocks that have no
 * language or {@code shell}:
 * <ul>
 * <li>the tour starts with the sample running, which upgrades its database on startup:
 * the test runs {@code db upgrade} first, then the README's commands;</li>
 * <li>{@code ./mvnw … -pl sample … -Dspring-boot.run.arguments="db ARGS"} and
 * {@code java -jar target/sample-….jar db ARGS} run {@code db ARGS} with the jar, from
 * the sample's directory, as both forms do;</li>
 * <li>the command must exit 0, or with the status a trailing {@code # exit N} comment
 * names; the lines that follow it in the block up to the next blank line or command are
 * output it must print;</li>
 * <li>a command that writes a revision ({@code Generating <file> ...  done}) is followed
 * by what the Maven form does first, a build: the new SQL file (or compiled Java class)
 * is added to the jar. The README's prose edits of that revision are not made;</li>
 * <li>{@code java -jar app.jar db …} is about the reader's own application and is not run
 * (the test lists how many such lines it left); {@code curl} lines need the running app
 * and are not commands of this rule; other lines ({@code cd sample}, builds) are not
 * commands.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "sample.jar", matches = ".+",
		disabledReason = "runs in the verify phase, with the packaged jar: ./mvnw -pl sample -am verify")
class ReadmeCommandsTests {

	private static final Pattern FENCE = Pattern.compile("^```\\s*(\\w*)\\s*$");

	private static final Pattern MAVEN_FORM = Pattern
		.compile("^\\./mvnw .*-pl sample .*-Dspring-boot\\.run\\.arguments=\"(db [^\"]*)\"");

	private static final Pattern JAR_FORM = Pattern.compile("^java -jar target/sample-\\S+\\.jar (db .*)$");

	private static final Pattern OTHER_APPLICATION = Pattern.compile("^java -jar app\\.jar db ");

	private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\b");

	private static final Pattern GENERATED = Pattern.compile("^Generating (\\S+) \\.\\.\\.  done$", Pattern.MULTILINE);

	@TempDir
	Path directory;

	@Test
	void everyDbCommandOfTheReadmeRunsAsShown() throws Exception {
		Readme readme = Readme.read(Path.of("..", "README.md"));
		assertThat(readme.commands()).as("db commands found in README.md by the rule of this test").isNotEmpty();
		Path sample = copySample();
		ProcessResult startup = run(sample, List.of("db", "upgrade"));
		assertThat(startup.status()).as("the upgrade the running sample does on startup: %s", startup.err()).isZero();
		for (ReadmeCommand command : readme.commands()) {
			ProcessResult result = run(sample, command.arguments());
			assertThat(result.status())
				.as("README.md line %d: %s%nstdout:%n%s%nstderr:%n%s", command.line(), command.text(), result.out(),
						result.err())
				.isEqualTo(command.expectedStatus());
			for (String output : command.output()) {
				assertThat(result.out()).as("README.md line %d: %s", command.line(), command.text()).contains(output);
			}
			Matcher generated = GENERATED.matcher(result.out());
			while (generated.find()) {
				build(sample, Path.of(generated.group(1)));
			}
		}
		System.out.println("Ran " + readme.commands().size() + " db commands of README.md; left "
				+ readme.otherApplicationLines() + " lines about the reader's own application (java -jar app.jar)");
	}

	private Path copySample() throws IOException {
		Path sample = this.directory.resolve("sample");
		copyTree(Path.of("src/main/java/db/migrations"), sample.resolve("src/main/java/db/migrations"));
		copyTree(Path.of("src/main/resources/db/migrations"), sample.resolve("src/main/resources/db/migrations"));
		Path jar = Path.of(System.getProperty("sample.jar"));
		Files.createDirectories(sample.resolve("target"));
		Files.copy(jar, sample.resolve("target").resolve(jar.getFileName()));
		return sample;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/**
	 * What the Maven form's build does with a new revision: a SQL file goes into the jar
	 * as a resource, a Java file is compiled against the jar's classes and libraries.
	 */
	private void build(Path sample, Path revision) throws IOException {
		Path jar = jar(sample);
		try (FileSystem contents = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
			if (revision.toString().endsWith(".sql")) {
				Files.copy(revision,
						contents.getPath("BOOT-INF/classes/db/migrations", revision.getFileName().toString()),
						StandardCopyOption.REPLACE_EXISTING);
				return;
			}
			Path classes = Files.createDirectories(this.directory.resolve("compiled"));
			Path libraries = Files.createDirectories(this.directory.resolve("lib"));
			List<String> classPath = new ArrayList<>();
			copyTree(contents.getPath("BOOT-INF/classes"), this.directory.resolve("classes"));
			classPath.add(this.directory.resolve("classes").toString());
			try (Stream<Path> jars = Files.list(contents.getPath("BOOT-INF/lib"))) {
				for (Path library : jars.toList()) {
					Path copy = libraries.resolve(library.getFileName().toString());
					Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
					classPath.add(copy.toString());
				}
			}
			JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
			int status = compiler.run(null, null, null, "-d", classes.toString(), "-cp",
					String.join(java.io.File.pathSeparator, classPath), revision.toString());
			assertThat(status).as("compiling " + revision).isZero();
			copyTree(classes, contents.getPath("BOOT-INF/classes"));
		}
	}

	private static Path jar(Path sample) throws IOException {
		try (Stream<Path> files = Files.list(sample.resolve("target"))) {
			return files.filter((file) -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
		}
	}

	private static ProcessResult run(Path sample, List<String> arguments) throws Exception {
		List<String> command = new ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar(sample).toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(sample.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("MIGRATE_"));
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> out = read(process.getInputStream());
		CompletableFuture<String> err = read(process.getErrorStream());
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", arguments) + " did not end within 120 s");
		}
		return new ProcessResult(process.exitValue(), out.get(), err.get());
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private record ProcessResult(int status, String out, String err) {

	}

	/**
	 * One {@code db} command of the README.
	 *
	 * @param line the line number in README.md
	 * @param text the line
	 * @param arguments {@code db} and its arguments
	 * @param expectedStatus the exit status the README gives, 0 unless it says otherwise
	 * @param output lines the README shows the command printing
	 */
	record ReadmeCommand(int line, String text, List<String> arguments, int expectedStatus, List<String> output) {

	}

	/**
	 * The commands of the README by the rule of this test.
	 *
	 * @param commands the commands in order
	 * @param otherApplicationLines how many lines run the reader's own application
	 */
	record Readme(List<ReadmeCommand> commands, int otherApplicationLines) {

		static Readme read(Path file) throws IOException {
			List<String> lines = Files.readAllLines(file);
			List<ReadmeCommand> commands = new ArrayList<>();
			int other = 0;
			boolean inShellBlock = false;
			boolean inBlock = false;
			ReadmeCommand last = null;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				Matcher fence = FENCE.matcher(line.strip());
				if (fence.matches()) {
					inBlock = !inBlock;
					inShellBlock = inBlock && (fence.group(1).isEmpty() || fence.group(1).equals("shell"));
					last = null;
					continue;
				}
				if (!inShellBlock) {
					continue;
				}
				String command = withoutComment(line).strip();
				String arguments = arguments(command);
				if (arguments != null) {
					Matcher exit = EXIT.matcher(line);
					last = new ReadmeCommand(i + 1, line.strip(), split(arguments),
							exit.find() ? Integer.parseInt(exit.group(1)) : 0, new ArrayList<>());
					commands.add(last);
				}
				else if (OTHER_APPLICATION.matcher(command).find()) {
					other++;
					last = null;
				}
				else if (command.isEmpty() || isCommand(command)) {
					last = null;
				}
				else if (last != null) {
					last.output().add(line.strip());
				}
			}
			return new Readme(List.copyOf(commands), other);
		}

		private static String arguments(String command) {
			Matcher maven = MAVEN_FORM.matcher(command);
			if (maven.find()) {
				return maven.group(1);
			}
			Matcher jar = JAR_FORM.matcher(command);
			return jar.find() ? jar.group(1) : null;
		}

		private static boolean isCommand(String line) {
			return Stream.of("./mvnw", "java ", "cd ", "curl ", "createdb ").anyMatch(line::startsWith);
		}

		private static String withoutComment(String line) {
			int comment = line.indexOf("  #");
			return (comment >= 0) ? line.substring(0, comment) : line;
		}

		/**
		 * Split arguments as a shell does, keeping quoted text ({@code "…"} or
		 * {@code '…'}) as one argument.
		 */
		static List<String> split(String arguments) {
			List<String> split = new ArrayList<>();
			Matcher matcher = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(arguments);
			while (matcher.find()) {
				split.add((matcher.group(1) != null) ? matcher.group(1)
						: (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3));
			}
			return split;
		}

	}

}
