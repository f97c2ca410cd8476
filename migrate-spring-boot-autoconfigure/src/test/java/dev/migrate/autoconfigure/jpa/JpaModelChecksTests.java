package dev.migrate.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

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
 * What the JPA model source adds to {@code db migrate} and {@code db check} beyond the
 * schemas: a warning in the generated revision for a new {@code NOT NULL} field that Java
 * initializes while the database has no default, and Hibernate's own
 * {@code ddl-auto=validate} run on the schema the revisions build, and on it only.
 */
class JpaModelChecksTests {

	private static final EntityModel ITEM = EntityModel.of("""
			@Entity
			class Item {
				@Id Long id;
				@Column(length = 50) String name;
			}
			""");

	@TempDir
	Path revisions;

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void newNotNullFieldInitializedInJavaIsAWarningInTheRevision(DatabaseKind kind) throws Exception {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(ITEM, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			EntityModel withActive = EntityModel.of("""
					@Entity
					class Item {
						@Id Long id;
						@Column(length = 50) String name;
						@Column(nullable = false) boolean active = true;
						@Column(nullable = false) @org.hibernate.annotations.ColumnDefault("0") int stock;
					}
					""");
			assertThat(project.run(withActive, "migrate", "-m", "Add active", "--format", "sql")).as(project.output())
				.isZero();
			String revision = Files.readString(project.writtenRevision());
			assertThat(revision)
				.containsPattern("(?i)-- add column item.active .*\\(warning: fails on rows without "
						+ "a value\\)\n-- warning: model.Item.active is true in a new entity, but the column has no "
						+ "database default, so the rows already in item get no value and this upgrade fails on them; "
						+ "give it one \\(@ColumnDefault on the field\\) or fill the column first\n")
				.doesNotContain("model.Item.stock");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2", "MARIADB" })
	void checkSaysWhenTheApplicationWouldNotStartWithValidate(DatabaseKind kind) throws Exception {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(ITEM, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(project.run(ITEM, "check")).as(project.output()).isZero();
			EntityModel withPrice = EntityModel.of("""
					@Entity
					class Item {
						@Id Long id;
						@Column(length = 50) String name;
						Integer price;
					}
					""");
			assertThat(project.run(withPrice, "check")).as(project.output()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
			assertThat(project.out()).containsIgnoringCase("add column item.price")
				.contains("The application would not start on the schema the revisions build:\n")
				.containsIgnoringCase("  Schema validation: missing column [price] in table [item] "
						+ "(spring.jpa.hibernate.ddl-auto=validate)\n");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "MARIADB")
	void validateReadsTheTablesOfTheCheckedDatabaseOnlyNotThoseOfAnotherOnTheServer(DatabaseKind kind)
			throws Exception {
		try (TestDatabase other = DatabaseServers.shared().createDatabase(kind);
				TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			try (Connection connection = other.openConnection(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(10))");
			}
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(ITEM, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(project.run(ITEM, "check")).as(project.output()).isZero();
		}
	}

}
