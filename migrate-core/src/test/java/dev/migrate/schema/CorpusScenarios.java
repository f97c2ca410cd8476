package dev.migrate.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.migrate.testsupport.DatabaseKind;

/**
 * The scenario files of the autogenerate corpus: {@code <name>.sql} for every database,
 * {@code <name>.<dialect>.sql} where a database needs DDL of its own (it replaces the
 * common file there). A scenario applies to every database that has a file and is not
 * excused with a {@code -- not <dialect>: <reason>} line.
 */
final class CorpusScenarios {

	static final String LOCATION = "classpath*:autogenerate-corpus/*.sql";

	private static final Pattern FILE = Pattern.compile("([a-z0-9-]+)(?:\\.(postgresql|mariadb|h2))?\\.sql");

	private CorpusScenarios() {
	}

	/**
	 * The scenarios as the given database runs them.
	 * @param kind the database
	 * @return the scenarios, by name
	 */
	static List<CorpusScenario> forDatabase(DatabaseKind kind) {
		String dialect = dialect(kind);
		List<CorpusScenario> scenarios = new ArrayList<>();
		for (Map.Entry<String, Map<String, Resource>> files : files().entrySet()) {
			Resource resource = files.getValue().getOrDefault(dialect, files.getValue().get(""));
			if (resource == null) {
				continue;
			}
			if (!excused(files.getKey(), files.getValue(), dialect)) {
				scenarios.add(CorpusScenario.read(files.getKey(), resource));
			}
		}
		return scenarios;
	}

	/**
	 * Every scenario file, by scenario name and then dialect ({@code ""} for the common
	 * file).
	 * @return the files
	 */
	static Map<String, Map<String, Resource>> files() {
		Map<String, Map<String, Resource>> files = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				Matcher matcher = FILE.matcher(String.valueOf(resource.getFilename()));
				if (!matcher.matches()) {
					throw new IllegalStateException("Corpus file " + resource.getFilename()
							+ " is not named <name>.sql or <name>.<postgresql|mariadb|h2>.sql");
				}
				files.computeIfAbsent(matcher.group(1), (name) -> new TreeMap<>())
					.put((matcher.group(2) != null) ? matcher.group(2) : "", resource);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * Whether any file of a scenario excuses a dialect.
	 */
	static boolean excused(String name, Map<String, Resource> files, String dialect) {
		return files.values()
			.stream()
			.anyMatch((resource) -> CorpusScenario.read(name, resource).excused().containsKey(dialect));
	}

	static String dialect(DatabaseKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

}
