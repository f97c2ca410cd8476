package dev.migrate.script;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import dev.migrate.graph.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RevisionSources}: the revisions read from source files are the ones
 * the loader reads from the compiled classes and SQL resources.
 */
class RevisionSourcesTests {

	private static final Comparator<Revision> BY_ID = Comparator.comparing(Revision::id);

	@Test
	void sourcesGiveTheRevisionsOfTheCompiledScripts() {
		RevisionSources sources = new RevisionSources(Path.of("src/test/java/db/migrations/mixed"),
				Path.of("src/test/resources/db/migrations/mixed"));
		List<Revision> fromSources = sources.read().stream().sorted(BY_ID).toList();
		List<Revision> compiled = new ScriptLoader().load(List.of("classpath:db/migrations/mixed"))
			.stream()
			.map(MigrationScript::revision)
			.sorted(BY_ID)
			.toList();
		assertThat(fromSources).hasSize(4);
		assertThat(fromSources).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
			.containsExactlyElementsOf(compiled);
		assertThat(fromSources).extracting(Revision::source)
			.containsExactly("src/test/java/db/migrations/mixed/CreateAccounts.java",
					"src/test/resources/db/migrations/mixed/2b0000000002_add_email.sql",
					"src/test/resources/db/migrations/mixed/3c0000000003_add_orders.sql",
					"src/test/java/db/migrations/mixed/MergeHeads.java");
	}

}
