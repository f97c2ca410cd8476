package dev.migrate.script;

import java.util.List;

/**
 * The scripts of a list of locations, and what a user should hear about the locations:
 * one that does not exist or holds no revisions, or no revision found at all.
 *
 * @param scripts the scripts, in load order
 * @param warnings the warnings, each one sentence naming the location and the
 * {@code migrate.locations} property, without a {@code Warning:} prefix
 */
public record LoadedScripts(List<MigrationScript> scripts, List<String> warnings) {

	public LoadedScripts {
		scripts = List.copyOf(scripts);
		warnings = List.copyOf(warnings);
	}

}
