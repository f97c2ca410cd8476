package dev.migrate.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.migrate.autoconfigure.jpa.scenario.EntityModel;
import dev.migrate.autoconfigure.jpa.scenario.JpaProject;
import dev.migrate.command.DbCommandLine;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @RenamedFrom} on entities and fields, also of embeddables: {@code db migrate}
 * renames the table and the column named through Spring Boot's naming strategy, keeping
 * their rows, and a hint that matches nothing, or too much, is an error naming the entity
 * or field.
 */
class RenamedFromTests {

	private static final EntityModel BEFORE = EntityModel.of("""
			@Entity
			class Client {
				@Id Long id;
				@Column(length = 80) String fullName;
				int visits;
			}
			""");

	private static final EntityModel AFTER = EntityModel.of("""
			@Entity
			@dev.migrate.annotations.RenamedFrom("client")
			class Customer {
				@Id Long id;
				@Column(length = 80) @dev.migrate.annotations.RenamedFrom("full_name") String displayName;
				int visits;
			}
			""");

	@TempDir
	Path revisions;

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2", "MARIADB" })
	void renamedEntityAndFieldKeepTheirRowsAcrossTheRevision(DatabaseKind kind) throws Exception {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(BEFORE, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(project.run(BEFORE, "upgrade")).as(project.output()).isZero();
			SchemaModel start = project.inspect();
			execute(database, "INSERT INTO client (id, full_name, visits) VALUES (1, 'Ada Lovelace', 3)");

			assertThat(project.run(AFTER, "migrate", "-m", "Rename client", "--format", "sql")).as(project.output())
				.isZero();
			String revision = Files.readString(project.writtenRevision());
			assertThat(revision).containsIgnoringCase("-- rename table client -> customer")
				.containsIgnoringCase("-- rename column customer.full_name -> display_name")
				.doesNotContainIgnoringCase("drop column")
				.doesNotContainIgnoringCase("drop table");
			assertThat(project.run(AFTER, "upgrade")).as(project.output()).isZero();
			assertThat(query(database, "SELECT display_name FROM customer WHERE id = 1")).isEqualTo("Ada Lovelace");
			assertThat(project.run(AFTER, "check")).as(project.output()).isZero();
			project.assertValidates(AFTER);

			assertThat(project.run(AFTER, "downgrade", "-1")).as(project.output()).isZero();
			assertThat(new SchemaDiffer(project.dialect()).diff(project.inspect(), start).isEmpty()).isTrue();
			assertThat(query(database, "SELECT full_name FROM client WHERE id = 1")).isEqualTo("Ada Lovelace");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void hintThatMatchesNothingIsAnErrorNamingTheField(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(BEFORE, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			EntityModel typo = EntityModel.of("""
					@Entity
					class Client {
						@Id Long id;
						@Column(length = 80) @dev.migrate.annotations.RenamedFrom("fullname") String displayName;
						int visits;
					}
					""");
			assertThat(project.run(typo, "check")).isEqualTo(DbCommandLine.FAILURE);
			assertThat(project.err()).contains("@RenamedFrom(\"fullname\") on model.Client.displayName")
				.contains("matches nothing")
				.containsIgnoringCase("has no column 'fullname'");
			assertThat(project.run(typo, "migrate", "-m", "Rename", "--format", "sql"))
				.isEqualTo(DbCommandLine.FAILURE);
			assertThat(project.revisionFiles()).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "H2")
	void hintOnAFieldThatIsNotPersistentIsAnError(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			EntityModel transientField = EntityModel.of("""
					@Entity
					class Client {
						@Id Long id;
						@Transient @dev.migrate.annotations.RenamedFrom("nick") String nickname;
					}
					""");
			assertThat(project.run(transientField, "check")).isEqualTo(DbCommandLine.FAILURE);
			assertThat(project.err()).contains("@RenamedFrom(\"nick\") on model.Client.nickname renames nothing: "
					+ "nickname is not a persistent attribute of model.Client");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void renamedFieldOfAnEmbeddableRenamesTheColumnOfEveryTableThatTakesItsName(DatabaseKind kind) throws Exception {
		String address = """
				@Embeddable
				class Address {
					@Column(length = 80) String street;
					@Column(length = 40) String city;
				}
				""";
		String owners = """
				@Entity
				class Item {
					@Id Long id;
					@Embedded Address address;
					@Embedded
					@AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 80))
					@AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 40))
					Address billing;
				}
				@Entity
				class Shop {
					@Id Long id;
					@Embedded Address location;
				}
				""";
		EntityModel before = EntityModel.of(address + owners);
		EntityModel after = EntityModel
			.of(address.replace("String street;", "@dev.migrate.annotations.RenamedFrom(\"street\") String streetLine;")
					+ owners.replace("name = \"street\"", "name = \"streetLine\""));
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			assertThat(project.run(before, "migrate", "-m", "Initial schema", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(project.run(before, "upgrade")).as(project.output()).isZero();
			execute(database, "INSERT INTO shop (id, street, city) VALUES (1, 'Main Street 1', 'Springfield')");

			assertThat(project.run(after, "migrate", "-m", "Street line", "--format", "sql")).as(project.output())
				.isZero();
			assertThat(Files.readString(project.writtenRevision()))
				.containsIgnoringCase("-- rename column item.street -> street_line")
				.containsIgnoringCase("-- rename column shop.street -> street_line")
				.doesNotContainIgnoringCase("billing_street")
				.doesNotContainIgnoringCase("drop column");
			assertThat(project.run(after, "upgrade")).as(project.output()).isZero();
			assertThat(query(database, "SELECT street_line FROM shop WHERE id = 1")).isEqualTo("Main Street 1");
			assertThat(project.run(after, "check")).as(project.output()).isZero();
			project.assertValidates(after);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "H2")
	void hintOnAnEmbeddableFieldThatWouldRenameOneColumnIntoTwoIsAnError(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			JpaProject project = new JpaProject(database, this.revisions);
			EntityModel componentPaths = EntityModel.of("""
					@Embeddable
					class Period {
						LocalDate opening;
						@dev.migrate.annotations.RenamedFrom("finish") LocalDate closing;
					}
					@Entity
					class Booking {
						@Id Long id;
						@Embedded Period stay;
						@Embedded Period billed;
					}
					""", Map.of("spring.jpa.hibernate.naming.implicit-strategy",
					"org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl"));
			assertThat(project.run(componentPaths, "check")).isEqualTo(DbCommandLine.FAILURE);
			assertThat(project.err()).contains("@RenamedFrom(\"finish\") on model.Period.closing is ambiguous")
				.containsIgnoringCase("it would rename booking.finish to ")
				.containsIgnoringCase("stay_closing (model.Booking.stay.closing)")
				.containsIgnoringCase("billed_closing (model.Booking.billed.closing)")
				.contains("op.renameColumn")
				.contains("@AttributeOverride");
		}
	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).as(sql).isTrue();
			return result.getString(1);
		}
	}

}
