package dev.migrate.autoconfigure.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.command.DbCommandLine;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db check} as the application context configures it: the schema file of
 * {@code migrate.model.schema-file} against the revisions of {@code migrate.locations},
 * with shadow databases on the server of the application's DataSource (or of
 * {@code migrate.model.shadow-url}), opened with its credentials.
 */
@WithTestDatabases({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
class ModelCommandsAutoConfigurationTests {

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkComparesTheSchemaFileWithTheRevisions(DatabaseKind kind, TestDatabases databases) {
		contextRunner(databases.get(kind)).run((context) -> {
			DbCommandLine commandLine = context.getBean(DbCommandLine.class);
			Result result = run(commandLine, "check");
			assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
			assertThat(result.out()).startsWith("The schema file classpath:db/model/schema.sql has changes")
				.containsIgnoringCase("add table note (id, body)");
		});
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkPassesWhenTheRevisionsBuildTheSchemaFile(DatabaseKind kind, TestDatabases databases) {
		contextRunner(databases.get(kind))
			.withPropertyValues("migrate.model.schema-file=classpath:db/model/in-sync.sql")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				assertThat(result.status()).as(result.err()).isZero();
				assertThat(result.out()).isEqualTo("No changes in schema detected.\n");
			});
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void shadowUrlPutsTheShadowDatabasesOnAnotherServer(DatabaseKind kind, TestDatabases databases) {
		TestDatabase database = databases.get(kind);
		String elsewhere = database.url().replaceFirst("//[^/]+/", "//127.0.0.1:1/");
		contextRunner(database).withPropertyValues("migrate.model.shadow-url=" + elsewhere).run((context) -> {
			Result result = run(context.getBean(DbCommandLine.class), "check");
			assertThat(result.status()).isEqualTo(DbCommandLine.FAILURE);
			assertThat(result.err()).startsWith("Error: Cannot read the settings of the database at " + elsewhere);
		});
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void schemasListsOtherSchemasToCompareWhereASchemaIsNoDatabase(DatabaseKind kind, TestDatabases databases) {
		contextRunner(databases.get(kind))
			.withPropertyValues("migrate.model.schema-file=classpath:db/model/other-schema.sql",
					"migrate.model.schemas=audit")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				if (kind == DatabaseKind.MARIADB) {
					assertThat(result.status()).isEqualTo(DbCommandLine.FAILURE);
					assertThat(result.err()).contains("Error: Other schemas (audit) cannot be compared on MariaDB");
				}
				else {
					assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
					assertThat(result.out()).containsIgnoringCase("  add schema audit\n")
						.containsIgnoringCase("  add table audit.event (id)\n");
				}
			});
	}

	private static ApplicationContextRunner contextRunner(TestDatabase database) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					DbCommandAutoConfiguration.class))
			.withPropertyValues(database.springProperties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new))
			.withPropertyValues("migrate.locations=classpath:db/shell", "migrate.auto-upgrade=false",
					"migrate.model.schema-file=classpath:db/model/schema.sql");
	}

	private static Result run(DbCommandLine commandLine, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = commandLine.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {

	}

}
