package dev.migrate.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;

import dev.migrate.graph.Revision;

/**
 * {@link MigrationCheck#HEADS}: one head, or exactly the expected ones.
 */
final class HeadsCheck {

	private HeadsCheck() {
	}

	static void run(Migrations migrations) {
		List<Revision> heads = migrations.withoutDatabase().heads();
		Set<String> expected = migrations.settings().heads();
		Set<String> actual = new TreeSet<>(heads.stream().map(Revision::id).toList());
		if (expected.isEmpty() && heads.size() > 1) {
			Assertions.fail("Expected one head but there are " + heads.size() + ": " + Migrations.describe(heads)
					+ "; merge them with 'db merge " + String.join(" ", actual)
					+ " -m MESSAGE' or list them in @MigrationTest(heads = ...)");
		}
		if (!expected.isEmpty() && !actual.equals(new TreeSet<>(expected))) {
			Assertions.fail("Expected the heads " + new TreeSet<>(expected) + " but they are " + actual + ": "
					+ Migrations.describe(heads));
		}
	}

}
