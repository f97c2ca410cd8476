package dev.migrate.test;

import java.util.List;
import java.util.Set;

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

	static MigrationSettings of(MigrationTest annotation) {
		return new MigrationSettings(List.of(annotation.locations()), Set.of(annotation.heads()),
				Set.of(annotation.irreversible()), List.of(annotation.checks()), List.of(annotation.dialects()));
	}

	static MigrationSettings defaults() {
		return of(Defaults.class.getAnnotation(MigrationTest.class));
	}

	@MigrationTest
	private static final class Defaults {

	}

}
