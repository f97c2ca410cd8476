package dev.migrate.script;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.util.ResourceUtils;
import org.springframework.util.StringUtils;

/**
 * Loads the migration scripts of a list of locations.
 * <p>
 * A location is {@code classpath:path}, {@code file:path} or a bare path, which is on the
 * classpath. Each location is scanned, not recursively (as Alembic does by default), for
 * {@code .sql} files (names starting with a dot are skipped) and, on the classpath, for
 * classes annotated with {@link Revision @Revision} in the matching package
 * ({@code classpath:db/migrations} holds package {@code db.migrations}); classes are read
 * without being loaded. A classpath location is searched in every classpath root, and one
 * that exists nowhere holds no scripts. A {@code file:} directory that does not exist is
 * an error, since it was named on purpose.
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

	private static final Comparator<Resource> BY_FILE_NAME = Comparator
		.comparing((Resource resource) -> Objects.requireNonNullElse(resource.getFilename(), ""))
		.thenComparing(Resource::getDescription);

	private final ResourcePatternResolver resourcePatternResolver;

	private final JavaMigrationReader javaMigrationReader;

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
		this.resourcePatternResolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		this.javaMigrationReader = new JavaMigrationReader(new CachingMetadataReaderFactory(resourceLoader));
	}

	/**
	 * Load the scripts of the given locations.
	 * @param locations the locations, such as {@link #DEFAULT_LOCATION}
	 * @return the scripts, in load order
	 * @throws ScriptException if a location or a script is not valid
	 */
	public List<MigrationScript> load(List<String> locations) {
		Map<String, MigrationScript> scripts = new LinkedHashMap<>();
		for (String location : locations) {
			for (MigrationScript script : load(ScriptLocation.parse(location))) {
				MigrationScript previous = scripts.putIfAbsent(script.revision().id(), script);
				if (previous != null) {
					throw new ScriptException(
							"Duplicate revision id '" + script.revision().id() + "' in " + previous.revision().source()
									+ " and " + script.revision().source() + "; give each script its own id");
				}
			}
		}
		return List.copyOf(scripts.values());
	}

	private List<MigrationScript> load(ScriptLocation location) {
		List<MigrationScript> scripts = new ArrayList<>();
		for (Resource resource : resources(location)) {
			String fileName = Objects.requireNonNull(resource.getFilename());
			if (fileName.endsWith(".sql")) {
				String source = location.source(fileName);
				scripts.add(SqlScriptParser.parse(source, read(resource, source)));
			}
			else {
				JavaMigrationScript script = this.javaMigrationReader.read(resource);
				if (script != null) {
					scripts.add(script);
				}
			}
		}
		return scripts;
	}

	private List<Resource> resources(ScriptLocation location) {
		List<Resource> resources = new ArrayList<>();
		if (location.classpath()) {
			String pattern = ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + location.path() + "/*";
			resources.addAll(find(pattern + ".sql"));
			resources.addAll(find(pattern + ".class"));
		}
		else {
			File directory = new FileSystemResource(location.path()).getFile();
			if (!directory.isDirectory()) {
				throw new ScriptException("Migration location '" + location + "' is not a directory (resolved to "
						+ directory.getAbsolutePath() + "); create it or remove it from the locations");
			}
			resources.addAll(find(
					ResourceUtils.FILE_URL_PREFIX + StringUtils.cleanPath(directory.getAbsolutePath()) + "/*.sql"));
		}
		return resources.stream().filter((resource) -> !isHidden(resource)).sorted(BY_FILE_NAME).toList();
	}

	private List<Resource> find(String pattern) {
		try {
			return Arrays.asList(this.resourcePatternResolver.getResources(pattern));
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot search migration scripts in " + pattern, ex);
		}
	}

	private static boolean isHidden(Resource resource) {
		String fileName = resource.getFilename();
		return fileName == null || fileName.startsWith(".");
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
