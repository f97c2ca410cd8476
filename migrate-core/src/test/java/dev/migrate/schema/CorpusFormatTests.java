package dev.migrate.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import dev.migrate.testsupport.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The autogenerate corpus itself: big enough, and every scenario either runs on a
 * database or says why it does not.
 */
class CorpusFormatTests {

	@Test
	void corpusHoldsAtLeastFortyScenarios() {
		assertThat(CorpusScenarios.files()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void everyScenarioRunsOnEachDatabaseOrSaysWhyNot() {
		for (Map.Entry<String, Map<String, Resource>> scenario : CorpusScenarios.files().entrySet()) {
			for (DatabaseKind kind : DatabaseKind.values()) {
				String dialect = CorpusScenarios.dialect(kind);
				boolean ownFile = scenario.getValue().containsKey(dialect);
				boolean commonFile = scenario.getValue().containsKey("");
				boolean excused = CorpusScenarios.excused(scenario.getKey(), scenario.getValue(), dialect);
				assertThat(ownFile || commonFile || excused)
					.as("scenario %s on %s: a file for it, or a '-- not %s: <reason>' line", scenario.getKey(), dialect,
							dialect)
					.isTrue();
				assertThat(ownFile && excused)
					.as("scenario %s has a file for %s and excuses it", scenario.getKey(), dialect)
					.isFalse();
			}
		}
	}

	@Test
	void excusesGiveAReason() {
		CorpusScenarios.files()
			.forEach(
					(name, files) -> files.values()
						.forEach((file) -> CorpusScenario.read(name, file)
							.excused()
							.forEach((dialect, reason) -> assertThat(reason)
								.as("why %s does not run on %s", name, dialect)
								.isNotBlank())));
	}

	@Test
	void everyDatabaseRunsItsScenariosAndOnlyThose() {
		assertThat(CorpusScenarios.forDatabase(DatabaseKind.POSTGRESQL)).extracting(CorpusScenario::name)
			.contains("enum-value-added", "index-predicate-changed")
			.doesNotContain("index-prefix-length", "mariadb-enum-values-added");
		assertThat(CorpusScenarios.forDatabase(DatabaseKind.MARIADB)).extracting(CorpusScenario::name)
			.contains("index-prefix-length", "mariadb-enum-values-added")
			.doesNotContain("enum-value-added");
		assertThat(CorpusScenarios.forDatabase(DatabaseKind.MARIADB)).filteredOn("name", "column-comment-changed")
			.singleElement()
			.extracting(CorpusScenario::file)
			.isEqualTo("column-comment-changed.mariadb.sql");
	}

	@Test
	void expectedChangeMatchesTheStartOfADescriptionWithWildcards() {
		assertThat(CorpusScenario.matches("alter column item.name: type * -> *100*",
				"alter column ITEM.NAME: type CHARACTER VARYING(50) -> CHARACTER VARYING(100)"))
			.isTrue();
		assertThat(CorpusScenario.matches("add column item.note", "add column item.note_2 text")).isTrue();
		assertThat(CorpusScenario.matches("drop column item.note", "add column item.note text")).isFalse();
		assertThat(CorpusScenario.matches("add index (a.b)", "add index (aXb)")).isFalse();
	}

	@Test
	void changesExpectedOnOneDatabaseAreAddedToTheCommonOnesThereOnly() {
		String file = """
				-- expect: add check constraint item_qty_check * on item
				-- expect on postgresql: validate constraint item_qty_check on item
				-- before:
				create table item (qty integer);
				""";
		CorpusScenario scenario = CorpusScenario.read("s",
				new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)) {

					@Override
					public String getFilename() {
						return "s.sql";
					}

				});
		assertThat(scenario.expected(DatabaseKind.POSTGRESQL)).containsExactly(
				"add check constraint item_qty_check * on item", "validate constraint item_qty_check on item");
		assertThat(scenario.expected(DatabaseKind.MARIADB))
			.containsExactly("add check constraint item_qty_check * on item");
	}

	@Test
	void hintsAreReadWithTheNamesTheDatabaseStores() {
		CorpusScenario scenario = new CorpusScenario("s", "s.sql", "", "", "",
				List.of("table a -> b", "column b.x -> y"), List.of(), Map.of(), List.of(), false, Map.of());
		assertThat(scenario.renameHints(DatabaseKind.H2)).containsExactly(RenameHint.table("A", "B"),
				RenameHint.column("B", "X", "Y"));
		assertThat(Set.copyOf(scenario.renameHints(DatabaseKind.POSTGRESQL)))
			.containsExactlyInAnyOrder(RenameHint.table("a", "b"), RenameHint.column("b", "x", "y"));
	}

}
