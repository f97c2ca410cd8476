package dev.migrate.runtime;

import java.util.List;

import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.LoadedScripts;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptLoader;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The revisions a {@link Migrator} works with: every script found in its locations, the
 * warnings the scan gave, and the validated graph of their revisions.
 *
 * @param scripts the scripts, one per revision
 * @param warnings what the scan found doubtful but loaded
 * @param graph the revision graph of the scripts
 * @since 0.1.0
 */
public record LoadedRevisions(List<MigrationScript> scripts, List<String> warnings, RevisionGraph graph) {

	public LoadedRevisions {
		scripts = List.copyOf(scripts);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Scan the locations and build the graph, in the calling thread.
	 * @param classLoader the class loader for Java migrations and classpath locations
	 * @param locations where the revisions live
	 * @return the revisions
	 * @throws dev.migrate.MigrateException when a script does not load or the graph is
	 * not valid
	 */
	public static LoadedRevisions scan(ClassLoader classLoader, List<String> locations) {
		LoadedScripts loaded = new ScriptLoader(new DefaultResourceLoader(classLoader)).scan(locations);
		return new LoadedRevisions(loaded.scripts(), loaded.warnings(),
				RevisionGraph.of(loaded.scripts().stream().map(MigrationScript::revision).toList()));
	}

}
