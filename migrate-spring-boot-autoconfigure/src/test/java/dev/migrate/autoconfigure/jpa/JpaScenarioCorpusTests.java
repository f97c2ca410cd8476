package dev.migrate.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.jpa.scenario.EntityModel;
import dev.migrate.autoconfigure.jpa.scenario.JpaProject;
import dev.migrate.autoconfigure.jpa.scenario.JpaScenario;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPA scenario corpus: for each change of entities, on each database where the
 * feature exists, {@code db migrate -m "Initial schema"} writes the first revision of the
 * entities before, which is applied; {@code db migrate} then writes the revision of the
 * change, which is applied too. After it the database has exactly the schema Hibernate
 * creates for the entities after, {@code db check} finds nothing, and the application
 * starts with {@code spring.jpa.hibernate.ddl-auto=validate}; {@code db downgrade -1}
 * gives the schema before back.
 */
class JpaScenarioCorpusTests {

	@TempDir
	Path revisions;

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("scenarios")
	void generatedRevisionRoundTrips(JpaScenario scenario, DatabaseKind kind) throws Exception {
		EntityModel before = EntityModel.of(scenario.before());
		EntityModel after = EntityModel.of(scenario.after());
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(before, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(project.run(before, "upgrade")).as(project.output()).isZero();
			SchemaModel start = project.inspect();

			assertThat(project.run(after, "migrate", "-m", scenario.name(), "--format", "sql")).as(project.output())
				.isZero();
			String revision = Files.readString(project.writtenRevision());
			assertThat(revision).containsPattern("-- upgrade\n--").containsPattern("-- downgrade\n--");
			assertThat(project.run(after, "upgrade")).as(project.output()).isZero();
			SchemaDiffer differ = new SchemaDiffer(project.dialect());
			assertNoDifference(differ.diff(project.inspect(), project.schemaOf(after)),
					"the upgraded schema is the entities' schema");
			assertThat(project.run(after, "check")).as(project.output()).isZero();
			project.assertValidates(after);

			assertThat(project.run(after, "downgrade", "-1")).as(project.output()).isZero();
			assertNoDifference(differ.diff(project.inspect(), start), "the downgrade gives the start back");
		}
	}

	private static void assertNoDifference(SchemaDiff diff, String what) {
		assertThat(diff.isEmpty())
			.as(what + ", but: " + diff.changes().stream().map(SchemaChange::description).toList() + " "
					+ diff.unsupported())
			.isTrue();
	}

	/**
	 * The scenarios, each on its databases. {@code -Djpa.scenarios=sequence,embedded}
	 * keeps those whose name contains one of the words, to run a few while working on
	 * them.
	 */
	static Stream<Arguments> scenarios() {
		List<String> only = Stream.of(System.getProperty("jpa.scenarios", "").split(","))
			.map(String::strip)
			.filter((word) -> !word.isEmpty())
			.toList();
		return JpaScenarios.ALL.stream()
			.filter((scenario) -> only.isEmpty() || only.stream().anyMatch(scenario.name()::contains))
			.flatMap((scenario) -> scenario.kinds().stream().sorted().map((kind) -> Arguments.of(scenario, kind)));
	}

}
