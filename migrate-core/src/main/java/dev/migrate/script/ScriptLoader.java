package dev.migrate.script;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import org.jspecify.annotations.Nullable;

/**
 * Loads the migration scripts of a list of locations.
 * <p>
 * A location is {@code classpath:path}, {@code file:path} or a bare path, which is on the
 * classpath. Each location is scanned, not recursively (as Alembic does by default), for
 * {@code .sql} files (names starting with a dot are skipped) and, on the classpath, for
 * classes annotated with {@link Revision @Revision} in the matching package
 * ({@code classpath:db/migrations} holds package {@code db.migrations}); classes are read
 * without being loaded. A classpath location is searched in every classpath root.
 * <p>
 * A location that does not exist or holds no revisions is not an error, but
 * {@link #scan(List)} warns about it; when no revision is found at all, one warning names
 * every location, and points at Flyway's {@code db/migration} folder when that is on the
 * classpath or the default location is empty. A {@code file:} location that is a file is
 * an error.
 * <p>
 * Scripts come in location order, then by file name ({@code AddUsers.class} for a class),
 * so the order is the same on every machine. Loading fails with a {@link ScriptException}
 * at the first bad script, or when two scripts declare the same id.
 */
public class ScriptLoader {

	/**
	 * The location used when none is configured.
	 */
	public static final String DEFAULT_LOCATION = "classpath:db/migrations";

	private static final String FLYWAY_LOCATION = "classpath:db/migration";

	private static final String LOCATIONS_PROPERTY = "migrate.locations";

	private static final Comparator<Resource> BY_FILE_NAME = Comparator
		.comparing((Resource resource) -> Objects.requireNonNullElse(resource.getFilename(), ""))
		.thenComparing(Resource::getDescription);

	private final ResourceLoader resourceLoader;

	private @Nullable ResourcePatternResolver resourcePatternResolver;

	private @Nullable JavaMigrationReader javaMigrationReader;

	/**
	 * Create a loader that reads through the default class loader.
	 */
	public ScriptLoader() {
		this(new DefaultResourceLoader());
	}

	/**
	 * Create a loader that reads through the given resource loader and its class loader.
	 * @param resourceLoader the resource loader
	 */
	public ScriptLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	/**
	 * Load the scripts of the given locations.
	 * @param locations the locations, such as {@link #DEFAULT_LOCATION}
	 * @return the scripts, in load order
	 * @throws ScriptException if a location or a script is not valid
	 */
	public List<MigrationScript> load(List<String> locations) {
		return scan(locations).scripts();
	}

	/**
	 * Load the scripts of the given locations, with warnings about locations that hold
	 * none.
	 * @param locations the locations, such as {@link #DEFAULT_LOCATION}
	 * @return the scripts, in load order, and the warnings
	 * @throws ScriptException if a location or a script is not valid
	 */
	public LoadedScripts scan(List<String> locations) {
		Map<String, MigrationScript> scripts = new LinkedHashMap<>();
		List<String> empty = new ArrayList<>();
		for (String location : locations) {
			ScriptLocation parsed = ScriptLocation.parse(location);
			List<MigrationScript> found = load(parsed);
			if (found.isEmpty()) {
				empty.add(parsed + (exists(parsed) ? " holds no revisions" : " does not exist" + resolved(parsed)));
			}
			for (MigrationScript script : found) {
				MigrationScript previous = scripts.putIfAbsent(script.revision().id(), script);
				if (previous != null) {
					throw new ScriptException(
							"Duplicate revision id '" + script.revision().id() + "' in " + previous.revision().source()
									+ " and " + script.revision().source() + "; give each script its own id");
				}
			}
		}
		return new LoadedScripts(List.copyOf(scripts.values()), warnings(locations, scripts.isEmpty(), empty));
	}

	private List<String> warnings(List<String> locations, boolean nothingFound, List<String> empty) {
		if (!nothingFound) {
			return empty.stream()
				.map((location) -> "Migration location " + location + "; fix it or remove it from "
						+ LOCATIONS_PROPERTY)
				.toList();
		}
		String warning = "No revisions found in " + LOCATIONS_PROPERTY + ": " + String.join(", ", empty);
		boolean defaultLocation = locations.stream()
			.map(ScriptLocation::parse)
			.anyMatch(ScriptLocation.parse(DEFAULT_LOCATION)::equals);
		if (defaultLocation || exists(ScriptLocation.parse(FLYWAY_LOCATION))) {
			warning += "; migrate reads db/migrations; Flyway's folder is db/migration";
		}
		return List.of(warning);
	}

	private boolean exists(ScriptLocation location) {
		if (location.classpath()) {
			return !find(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + location.path()).isEmpty();
		}
		return directory(location).exists();
	}

	private static String resolved(ScriptLocation location) {
		return location.classpath() ? "" : " (resolved to " + directory(location).getAbsolutePath() + ")";
	}

	private static File directory(ScriptLocation location) {
		return new FileSystemResource(location.path()).getFile();
	}

	private List<MigrationScript> load(ScriptLocation location) {
		if (!location.classpath()) {
			return loadDirectory(location);
		}
		List<MigrationScript> scripts = new ArrayList<>();
		for (Resource resource : classpathResources(location)) {
			String fileName = Objects.requireNonNull(resource.getFilename());
			if (fileName.endsWith(".sql")) {
				String source = location.source(fileName);
				scripts.add(SqlScriptParser.parse(source, read(resource, source)));
			}
			else {
				JavaMigrationScript script = javaMigrationReader().read(resource);
				if (script != null) {
					scripts.add(script);
				}
			}
		}
		return scripts;
	}

	/**
	 * Load the {@code .sql} files of a directory, listed and read directly: a directory
	 * holds each name once, so the file name is the order.
	 */
	private List<MigrationScript> loadDirectory(ScriptLocation location) {
		File directory = directory(location);
		if (!directory.exists()) {
			return List.of();
		}
		if (!directory.isDirectory()) {
			throw new ScriptException("Migration location '" + location + "' is not a directory (resolved to "
					+ directory.getAbsolutePath() + "); name a directory in " + LOCATIONS_PROPERTY);
		}
		String[] names = directory.list((parent, name) -> name.endsWith(".sql") && !name.startsWith("."));
		if (names == null) {
			throw new ScriptException("Cannot list migration location '" + location + "' (resolved to "
					+ directory.getAbsolutePath() + ")");
		}
		Arrays.sort(names);
		List<MigrationScript> scripts = new ArrayList<>(names.length);
		for (String name : names) {
			Path file = directory.toPath().resolve(name);
			if (Files.isRegularFile(file)) {
				String source = location.source(name);
				scripts.add(SqlScriptParser.parse(source, read(file, source)));
			}
		}
		return scripts;
	}

	private List<Resource> classpathResources(ScriptLocation location) {
		String pattern = ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + location.path() + "/*";
		List<Resource> resources = new ArrayList<>(find(pattern + ".sql"));
		resources.addAll(find(pattern + ".class"));
		return resources.stream().filter((resource) -> !isHidden(resource)).sorted(BY_FILE_NAME).toList();
	}

	private ResourcePatternResolver resourcePatternResolver() {
		ResourcePatternResolver resolver = this.resourcePatternResolver;
		if (resolver == null) {
			resolver = ResourcePatternUtils.getResourcePatternResolver(this.resourceLoader);
			this.resourcePatternResolver = resolver;
		}
		return resolver;
	}

	private JavaMigrationReader javaMigrationReader() {
		JavaMigrationReader reader = this.javaMigrationReader;
		if (reader == null) {
			reader = new JavaMigrationReader(new CachingMetadataReaderFactory(this.resourceLoader));
			this.javaMigrationReader = reader;
		}
		return reader;
	}

	private List<Resource> find(String pattern) {
		try {
			return Arrays.asList(resourcePatternResolver().getResources(pattern));
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot search migration scripts in " + pattern, ex);
		}
	}

	private static boolean isHidden(Resource resource) {
		String fileName = resource.getFilename();
		return fileName == null || fileName.startsWith(".");
	}

	private static String read(Path file, String source) {
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read " + source, ex);
		}
	}

	private static String read(Resource resource, String source) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read " + source, ex);
		}
	}

}
