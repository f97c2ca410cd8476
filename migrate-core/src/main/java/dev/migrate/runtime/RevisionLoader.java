package dev.migrate.runtime;

import java.util.List;

/**
 * How a {@link Migrator} gets its revisions when it is built: by default it scans its
 * locations there and then ({@link #DIRECT}); an application can hand over revisions read
 * ahead of time, such as Spring Boot's start reading them while the context starts.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RevisionLoader {

	/** Scan the locations when the migrator is built. */
	RevisionLoader DIRECT = LoadedRevisions::scan;

	/**
	 * Return the revisions of these locations.
	 * @param classLoader the class loader for Java migrations and classpath locations
	 * @param locations where the revisions live
	 * @return the revisions
	 * @throws dev.migrate.MigrateException when a script does not load or the graph is
	 * not valid
	 */
	LoadedRevisions load(ClassLoader classLoader, List<String> locations);

}
