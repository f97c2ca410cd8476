package dev.migrate.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assertions;

import dev.migrate.graph.Revision;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.SqlMigrationScript;

/**
 * {@link MigrationCheck#DOWNGRADES}: every SQL revision has a {@code -- downgrade}
 * section unless it is listed as irreversible, and every listed revision exists. A Java
 * revision always has a downgrade method; the stairway proves what it does.
 */
final class DowngradesCheck {

	private DowngradesCheck() {
	}

	static void run(Migrations migrations) {
		List<MigrationScript> scripts = migrations.withoutDatabase().scripts();
		List<Revision> missing = scripts.stream()
			.filter((script) -> script instanceof SqlMigrationScript sql && !sql.hasDowngrade())
			.filter((script) -> !migrations.isIrreversible(script.revision()))
			.map(MigrationScript::revision)
			.toList();
		Set<String> unknown = new TreeSet<>(migrations.settings().irreversible());
		scripts.forEach((script) -> unknown.remove(script.revision().id()));
		StringBuilder failure = new StringBuilder();
		for (Revision revision : missing) {
			failure.append("\n")
				.append(Migrations.describe(revision))
				.append(": no '-- downgrade' section; add one (an empty section is a downgrade that does nothing)"
						+ " or list the revision in @MigrationTest(irreversible = ...)");
		}
		if (!unknown.isEmpty()) {
			failure.append("\n@MigrationTest(irreversible = ...) names no loaded revision: ")
				.append(String.join(", ", unknown));
		}
		if (!failure.isEmpty()) {
			Assertions.fail(failure.substring(1));
		}
	}

}
