package dev.migrate.benchmarks.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Groups the execution samples of JFR recordings by what the code was doing: the share of
 * samples whose stack holds a frame of each category (class loading, script scanning and
 * parsing, graph, checksums, version and history statements, the driver), the methods on
 * top of the stack, and the migrate methods that hold the most samples. Takes the
 * recordings as arguments.
 */
public final class JfrHotspots {

	private static final Map<String, Predicate<String>> CATEGORIES = new LinkedHashMap<>();

	static {
		CATEGORIES.put("class loading and linking",
				(frame) -> frame.startsWith("java.lang.ClassLoader.") || frame.startsWith("jdk.internal.loader.")
						|| frame.startsWith("java.lang.invoke.") || frame.startsWith("java.lang.Class.forName"));
		CATEGORIES.put("migrate: load scripts (ScriptLoader)",
				(frame) -> frame.startsWith("dev.migrate.script.ScriptLoader."));
		CATEGORIES.put("  resource scanning (Spring core io)",
				(frame) -> frame.startsWith("org.springframework.core.io."));
		CATEGORIES.put("  SQL script parsing and splitting",
				(frame) -> frame.startsWith("dev.migrate.script.SqlScriptParser.")
						|| frame.startsWith("dev.migrate.script.SqlStatementSplitter."));
		CATEGORIES.put("  file reading",
				(frame) -> frame.startsWith("java.nio.file.Files.read")
						|| frame.startsWith("org.springframework.util.FileCopyUtils")
						|| frame.startsWith("java.io.FileInputStream."));
		CATEGORIES.put("migrate: revision graph", (frame) -> frame.startsWith("dev.migrate.graph."));
		CATEGORIES.put("migrate: checksums", (frame) -> frame.startsWith("dev.migrate.runtime.Checksums")
				|| frame.startsWith("dev.migrate.script.Sha256") || frame.startsWith("java.security.MessageDigest"));
		CATEGORIES.put("migrate: version and history statements",
				(frame) -> frame.startsWith("dev.migrate.runtime.VersionStore.")
						|| frame.startsWith("dev.migrate.runtime.HistoryTable.")
						|| frame.startsWith("dev.migrate.runtime.VersionTable."));
		CATEGORIES.put("migrate: upgrade run (Migrator.upgrade)",
				(frame) -> frame.startsWith("dev.migrate.runtime.Migrator.upgrade"));
		CATEGORIES.put("PostgreSQL driver", (frame) -> frame.startsWith("org.postgresql."));
		CATEGORIES.put("logging",
				(frame) -> frame.startsWith("org.apache.commons.logging.") || frame.startsWith("java.util.logging."));
		CATEGORIES.put("any migrate code", (frame) -> frame.startsWith("dev.migrate.")
				&& !frame.startsWith("dev.migrate.benchmarks.") && !frame.startsWith("dev.migrate.sample."));
		CATEGORIES.put("Spring: application context refresh",
				(frame) -> frame.startsWith("org.springframework.context.support.AbstractApplicationContext.refresh"));
		CATEGORIES.put("Spring: bean creation", (frame) -> frame
			.startsWith("org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean"));
		CATEGORIES.put("Spring Boot: environment and config data",
				(frame) -> frame.startsWith("org.springframework.boot.context.config."));
		CATEGORIES.put("Hikari connection pool", (frame) -> frame.startsWith("com.zaxxer.hikari."));
		CATEGORIES.put("regular expressions", (frame) -> frame.startsWith("java.util.regex."));
	}

	private JfrHotspots() {
	}

	/**
	 * Print the hotspots of recordings.
	 * @param arguments the {@code .jfr} files
	 * @throws IOException if a recording cannot be read
	 */
	public static void main(String[] arguments) throws IOException {
		Map<String, Integer> categories = new LinkedHashMap<>();
		Map<String, Integer> top = new HashMap<>();
		Map<String, Integer> migrate = new HashMap<>();
		int samples = 0;
		for (String argument : arguments) {
			for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(argument))) {
				if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
					continue;
				}
				samples++;
				List<String> frames = event.getStackTrace().getFrames().stream().map(JfrHotspots::name).toList();
				if (!frames.isEmpty()) {
					top.merge(frames.get(0), 1, Integer::sum);
				}
				for (Map.Entry<String, Predicate<String>> category : CATEGORIES.entrySet()) {
					if (frames.stream().anyMatch(category.getValue())) {
						categories.merge(category.getKey(), 1, Integer::sum);
					}
				}
				Set<String> seen = new LinkedHashSet<>(frames);
				seen.stream()
					.filter((frame) -> frame.startsWith("dev.migrate.") && !frame.startsWith("dev.migrate.benchmarks."))
					.forEach((frame) -> migrate.merge(frame, 1, Integer::sum));
			}
		}
		System.out.printf(Locale.ROOT, "%d execution samples in %d recording(s)%n%n", samples, arguments.length);
		System.out.println("| samples whose stack holds | samples | share |\n|---|---:|---:|");
		int total = Math.max(samples, 1);
		categories.forEach((name, count) -> System.out.printf(Locale.ROOT, "| %s | %d | %.0f%% |%n", name, count,
				100.0 * count / total));
		print("top of the stack (self time)", top, total);
		print("migrate methods on the stack (inclusive)", migrate, total);
	}

	private static void print(String title, Map<String, Integer> counts, int total) {
		System.out.printf(Locale.ROOT, "%n| %s | samples | share |%n|---|---:|---:|%n", title);
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(25)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "| `%s` | %d | %.0f%% |%n", entry.getKey(),
					entry.getValue(), 100.0 * entry.getValue() / total));
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}
