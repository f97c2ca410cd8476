package dev.migrate.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a new JVM, the way an operator runs an
 * application, and collects its exit status, standard output and standard error.
 */
public final class JavaProcess {

	private static final long TIMEOUT_SECONDS = 120;

	private JavaProcess() {
	}

	/**
	 * Run a main class to its end.
	 * @param workingDirectory the working directory of the process
	 * @param environment variables added to this process's environment
	 * @param mainClass the class whose {@code main} runs
	 * @param arguments the program arguments
	 * @return what the process did
	 * @throws IllegalStateException when it does not end within two minutes
	 */
	public static Result run(Path workingDirectory, Map<String, String> environment, Class<?> mainClass,
			List<String> arguments) throws IOException, InterruptedException {
		return run(workingDirectory, environment, System.getProperty("java.class.path"), mainClass.getName(),
				arguments);
	}

	/**
	 * Run a main class of a class path to its end.
	 * @param workingDirectory the working directory of the process
	 * @param environment variables added to this process's environment
	 * @param classPath the class path of the process
	 * @param mainClass the name of the class whose {@code main} runs
	 * @param arguments the program arguments
	 * @return what the process did
	 * @throws IllegalStateException when it does not end within two minutes
	 */
	public static Result run(Path workingDirectory, Map<String, String> environment, String classPath, String mainClass,
			List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List
			.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, mainClass));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> out = read(process.getInputStream());
		CompletableFuture<String> err = read(process.getErrorStream());
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(
					String.join(" ", arguments) + " did not end within " + TIMEOUT_SECONDS + " s");
		}
		try {
			return new Result(process.exitValue(), out.get(), err.get());
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot read the output of " + String.join(" ", arguments), ex);
		}
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * What a process did.
	 *
	 * @param status its exit status
	 * @param out its standard output
	 * @param err its standard error
	 */
	public record Result(int status, String out, String err) {

	}

}
