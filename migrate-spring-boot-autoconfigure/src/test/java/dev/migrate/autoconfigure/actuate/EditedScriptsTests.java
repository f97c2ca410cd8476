package dev.migrate.autoconfigure.actuate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.MigratorDescriptor;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that an application at its heads checks its applied scripts on every startup, and
 * shows edited ones in the endpoint and the health details, on PostgreSQL.
 */
class EditedScriptsTests {

	@TempDir
	Path directory;

	private TestDatabase database;

	private ApplicationContextRunner contextRunner;

	@BeforeEach
	void applyThenEditAScript() throws IOException {
		this.database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
		write("CREATE TABLE account (id INT PRIMARY KEY)");
		this.contextRunner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class))
			.withPropertyValues("migrate.locations=file:" + this.directory,
					"management.endpoints.web.exposure.include=migrations")
			.withPropertyValues(this.database.springProperties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new));
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
		write("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(10))");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void startupAtTheHeadsFailsOnAnEditedScript() {
		this.contextRunner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.hasMessageStartingWith("Applied scripts were edited after they ran:\n  - revision a1a1a1a1"));
	}

	@Test
	void startupWithAutoUpgradeOffFailsOnAnEditedScript() {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("Applied scripts were edited after they ran:"));
	}

	@Test
	void warnPolicyStartsAndShowsTheEditedScripts() {
		this.contextRunner.withPropertyValues("migrate.checksum-policy=warn").run((context) -> {
			assertThat(context).hasNotFailed();
			MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
				.migrations()
				.contexts()
				.get(context.getId())
				.migrators()
				.get("migrator");
			assertThat(migrator.editedScripts()).singleElement().satisfies((edited) -> {
				assertThat(edited.revision()).isEqualTo("a1a1a1a1");
				assertThat(edited.source()).endsWith("a1a1a1a1_account.sql");
			});
			Health health = context.getBean(MigrationsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("editedScripts",
					Map.of("a1a1a1a1", "file:" + this.directory + "/a1a1a1a1_account.sql"));
		});
	}

	@Test
	void ignorePolicyShowsNoEditedScripts() {
		this.contextRunner.withPropertyValues("migrate.checksum-policy=ignore").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(MigrationsHealthIndicator.class).health().getDetails())
				.doesNotContainKey("editedScripts");
			assertThat(context.getBean(MigrationsEndpoint.class)
				.migrations()
				.contexts()
				.get(context.getId())
				.migrators()
				.get("migrator")
				.editedScripts()).isEmpty();
		});
	}

	private void write(String upgrade) throws IOException {
		Files.writeString(this.directory.resolve("a1a1a1a1_account.sql"),
				"-- revision: a1a1a1a1\n-- message: account\n\n" + "-- upgrade\n" + upgrade
						+ ";\n\n-- downgrade\nDROP TABLE account;\n");
	}

}
