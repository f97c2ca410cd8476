package dev.migrate.test;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.script.ScriptLoader;

/**
 * The configuration of the checks of one test class.
 *
 * @param locations where the revisions are
 * @param heads the expected heads; empty for exactly one
 * @param irreversible the revisions that are not downgraded on purpose
 * @param checks the checks to run, in the order they run
 * @param dialects the dialects of the offline SQL; empty for the test database's
 */
record MigrationSettings(List<String> locations, Set<String> heads, Set<String> irreversible,
		List<MigrationCheck> checks, List<String> dialects) {

	MigrationSettings {
		locations = List.copyOf(locations);
		heads = Set.copyOf(heads);
		irreversible = Set.copyOf(irreversible);
		checks = List.copyOf(checks);
		dialects = List.copyOf(dialects);
	}

	/**
	 * The settings of an annotation.
	 * @param annotation the annotation of the test class, or {@code null} for the
	 * defaults
	 * @param contextLocations the {@code migrate.locations} of the test's Spring context,
	 * used when the annotation names none; empty without one
	 * @return the settings
	 */
	static MigrationSettings of(@Nullable MigrationTest annotation, List<String> contextLocations) {
		MigrationTest settings = (annotation != null) ? annotation : Defaults.class.getAnnotation(MigrationTest.class);
		List<String> locations = (settings.locations().length > 0) ? List.of(settings.locations())
				: (!contextLocations.isEmpty()) ? contextLocations : List.of(ScriptLoader.DEFAULT_LOCATION);
		return new MigrationSettings(locations, Set.of(settings.heads()), Set.of(settings.irreversible()),
				List.of(settings.checks()), List.of(settings.dialects()));
	}

	@MigrationTest
	private static final class Defaults {

	}

}
