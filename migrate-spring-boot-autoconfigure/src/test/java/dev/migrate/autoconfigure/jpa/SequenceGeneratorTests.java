package dev.migrate.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.autoconfigure.jpa.scenario.EntityModel;
import dev.migrate.autoconfigure.jpa.scenario.JpaProject;
import dev.migrate.command.DbCommandLine;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids from sequences: an {@code AUTO} id is a sequence named after the entity with a step
 * of 50 on every database (MariaDB included, not a table); the first revision creates a
 * {@code @SequenceGenerator}'s sequence with its {@code initialValue} and
 * {@code allocationSize}, and a changed {@code allocationSize}, which Hibernate's
 * validator refuses, alters the sequence's step in place, so the values already given out
 * stay given out.
 */
class SequenceGeneratorTests {

	private static final String SEQUENCE = "[`\"]?ticket_number_seq[`\"]?( AS BIGINT)?";

	@TempDir
	Path revisions;

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB", "H2" })
	void autoIdsGetASequenceNamedAfterTheEntityEverywhere(DatabaseKind kind) throws Exception {
		EntityModel model = EntityModel.of("""
				@Entity
				class Note {
					@Id @GeneratedValue Long id;
					@Column(length = 200) String text;
				}
				""");
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(model, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(Files.readString(project.writtenRevision()))
				.containsPattern("(?i)CREATE SEQUENCE [`\"]?note_seq[`\"]?( AS BIGINT)? INCREMENT BY 50 ")
				.doesNotContainPattern("(?i)CREATE TABLE [`\"]?note_seq");
			assertThat(project.run(model, "upgrade")).as(project.output()).isZero();
			project.assertValidates(model);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB", "H2" })
	void changedAllocationSizeAltersTheSequence(DatabaseKind kind) throws Exception {
		EntityModel before = EntityModel.of(JpaScenarios.TICKET);
		EntityModel after = EntityModel.of(JpaScenarios.TICKET.replace("allocationSize = 10", "allocationSize = 25"));
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(before, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(Files.readString(project.writtenRevision()))
				.containsPattern("(?i)CREATE SEQUENCE " + SEQUENCE + " INCREMENT BY 10 .*START WITH 1000");
			assertThat(project.run(before, "upgrade")).as(project.output()).isZero();

			assertThat(project.run(after, "check")).as(project.output()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
			assertThat(project.out()).containsIgnoringCase("alter sequence ticket_number_seq")
				.contains("Schema validation: sequence [ticket_number_seq] defined inconsistent increment-size; "
						+ "found [10] but expecting [25]");
			assertThat(project.run(after, "migrate", "-m", "Allocate 25 ids", "--format", "sql")).as(project.output())
				.isZero();
			String revision = Files.readString(project.writtenRevision());
			String upgrade = revision.substring(0, revision.indexOf("-- downgrade"));
			String downgrade = revision.substring(revision.indexOf("-- downgrade"));
			assertThat(upgrade).containsPattern("(?i)ALTER SEQUENCE " + SEQUENCE + " INCREMENT BY 25;")
				.doesNotContainIgnoringCase("DROP SEQUENCE");
			assertThat(downgrade).containsPattern("(?i)ALTER SEQUENCE " + SEQUENCE + " INCREMENT BY 10;");
			assertThat(project.run(after, "upgrade")).as(project.output()).isZero();
			assertThat(project.run(after, "check")).as(project.output()).isZero();
			project.assertValidates(after);
		}
	}

}
