package dev.migrate.autoconfigure;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.migrate.MigrateException;
import dev.migrate.runtime.LoadedRevisions;
import dev.migrate.runtime.RevisionLoader;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.SqlMigrationScript;

/**
 * Reads the revisions of the configured locations on a daemon thread of its own, started
 * while the application context starts, and hands them to the migrator when it is built.
 * A migrator configured with other locations or another class loader (a
 * {@link MigrateConfigurationCustomizer} may change them) loads its own. A script that
 * does not load fails the migrator's creation exactly as it would without the head start.
 *
 * @since 0.1.0
 */
public final class BackgroundRevisionLoader implements RevisionLoader {

	/** The name of this loader's bean. */
	public static final String BEAN_NAME = "migrateBackgroundRevisionLoader";

	private final ClassLoader classLoader;

	private final List<String> locations;

	private final FutureTask<LoadedRevisions> loading;

	private BackgroundRevisionLoader(ClassLoader classLoader, List<String> locations) {
		this.classLoader = classLoader;
		this.locations = List.copyOf(locations);
		this.loading = new FutureTask<>(() -> withChecksums(LoadedRevisions.scan(classLoader, this.locations)));
	}

	/**
	 * Start reading the revisions of these locations.
	 * @param classLoader the class loader for Java migrations and classpath locations
	 * @param locations where the revisions live
	 * @return the loader, reading
	 */
	public static BackgroundRevisionLoader start(ClassLoader classLoader, List<String> locations) {
		BackgroundRevisionLoader loader = new BackgroundRevisionLoader(classLoader, locations);
		Thread thread = new Thread(loader.loading, "migrate-revisions");
		thread.setDaemon(true);
		thread.setContextClassLoader(classLoader);
		thread.start();
		return loader;
	}

	/**
	 * The checksums of SQL scripts, which every run verifies, are computed here too; a
	 * Java script's needs the dialect, known only once the database is.
	 */
	private static LoadedRevisions withChecksums(LoadedRevisions revisions) {
		for (MigrationScript script : revisions.scripts()) {
			if (script instanceof SqlMigrationScript sql) {
				sql.checksum();
			}
		}
		return revisions;
	}

	@Override
	public LoadedRevisions load(ClassLoader classLoader, List<String> locations) {
		if (classLoader != this.classLoader || !locations.equals(this.locations)) {
			return DIRECT.load(classLoader, locations);
		}
		try {
			return this.loading.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrateException("Interrupted while reading the revisions of " + locations, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new MigrateException("Could not read the revisions of " + locations, ex.getCause());
		}
	}

}
