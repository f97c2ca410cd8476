package dev.migrate.autoconfigure.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.command.jdbcapp.JdbcApplication;
import dev.migrate.autogenerate.SchemaDefinition;
import dev.migrate.command.DbCommandLine;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.JavaProcess;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db check} and {@code db migrate} with the desired schema of the application's
 * {@link SchemaDefinition} bean: picked by itself over the JPA entities, given up for a
 * configured schema file, and used in Spring Shell and in one-shot processes of
 * {@link JdbcApplication}. The revisions build {@code account (id, name)}; the bean wants
 * {@code name} renamed to {@code full_name} and an {@code email}.
 */
class SchemaDefinitionModelSourceTests {

	private static final String CREATE_ACCOUNT = """
			-- revision: a1a1a1a1a1a1
			-- message: create account

			-- upgrade
			CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(50));

			-- downgrade
			DROP TABLE account;
			""";

	@TempDir
	Path revisions;

	private TestDatabase database;

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void aSchemaDefinitionBeanIsTheModelWithoutConfiguration(DatabaseKind kind) throws Exception {
		contextRunner(kind).run((context) -> {
			Result result = run(context.getBean(DbCommandLine.class), "check");
			assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
			assertThat(result.out()).startsWith("The schema definition bean 'schema' has changes that no revision")
				.containsIgnoringCase("rename column account.name -> full_name")
				.containsIgnoringCase("add column account.email");
		});
	}

	@Test
	void aConfiguredSchemaFileWinsOverTheBean() throws Exception {
		contextRunner(DatabaseKind.H2).withPropertyValues("migrate.model.schema-file=classpath:db/model/schema.sql")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				assertThat(result.out()).startsWith("The schema file classpath:db/model/schema.sql");
			});
	}

	@Test
	void theBeanSourceWithoutABeanIsAnErrorSayingWhatToDo() throws Exception {
		contextRunnerWithout(DatabaseKind.H2).withPropertyValues("migrate.model.source=bean").run((context) -> {
			Result result = run(context.getBean(DbCommandLine.class), "check");
			assertThat(result.status()).isEqualTo(DbCommandLine.FAILURE);
			assertThat(result.err()).isEqualTo("Error: No SchemaDefinition bean is defined, and "
					+ "migrate.model.source=bean takes the desired schema from exactly one; define one, or set "
					+ "migrate.model.source to schema-file or jpa\n");
		});
	}

	@Test
	void springShellRunsCheckAndMigrate() throws Exception {
		contextRunner(DatabaseKind.POSTGRESQL)
			.withConfiguration(AutoConfigurations.of(SpringShellAutoConfiguration.class))
			.withUserConfiguration(CommandBeansRegistry.class)
			.withPropertyValues("spring.shell.interactive.enabled=false")
			.run((context) -> {
				ShellTestClient shell = new ShellTestClient(context.getBean(CommandParser.class),
						context.getBean(CommandRegistry.class));
				assertThat(screen(shell, "db check")).contains("  rename column account.name -> full_name");
				assertThat(screen(shell, "db check --json")).contains("  \"status\": \"changes_detected\",");
				assertThat(screen(shell, "db migrate -m \"rename name\" --format sql --rev-id b2b2b2b2b2b2"))
					.containsExactly("Generating "
							+ this.revisions.resolve("b2b2b2b2b2b2_rename_name.sql").toAbsolutePath() + " ...  done");
				assertThat(this.revisions.resolve("b2b2b2b2b2b2_rename_name.sql")).content()
					.containsIgnoringCase("rename column name to full_name");
			});
	}

	@Test
	void aOneShotProcessChecksMigratesAndUpgrades() throws Exception {
		this.database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
		Files.writeString(this.revisions.resolve("a1a1a1a1a1a1_create_account.sql"), CREATE_ACCOUNT);
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("MIGRATE_LOCATIONS", "file:" + this.revisions);
		environment.put("MIGRATE_REVISIONS_SQL_DIRECTORY", this.revisions.toString());
		JavaProcess.Result check = db(environment, "check");
		assertThat(check.status()).as(check.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(check.out()).contains("rename column account.name -> full_name");
		JavaProcess.Result migrate = db(environment, "migrate", "-m", "rename name", "--format", "sql");
		assertThat(migrate.status()).as(migrate.err()).isZero();
		try (Stream<Path> files = Files.list(this.revisions)) {
			assertThat(files.filter((file) -> file.toString().endsWith("_rename_name.sql"))).singleElement()
				.satisfies((file) -> assertThat(Files.readString(file))
					.containsIgnoringCase("rename column name to full_name"));
		}
		JavaProcess.Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		JavaProcess.Result inSync = db(environment, "check");
		assertThat(inSync.status()).as(inSync.err()).isZero();
		assertThat(inSync.out()).isEqualTo("No changes in schema detected.\n");
	}

	private ApplicationContextRunner contextRunner(DatabaseKind kind) throws Exception {
		return contextRunnerWithout(kind).withUserConfiguration(JdbcApplication.class);
	}

	private ApplicationContextRunner contextRunnerWithout(DatabaseKind kind) throws Exception {
		this.database = DatabaseServers.shared().createDatabase(kind);
		Files.writeString(this.revisions.resolve("a1a1a1a1a1a1_create_account.sql"), CREATE_ACCOUNT);
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					DbCommandAutoConfiguration.class))
			.withPropertyValues(this.database.springProperties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new))
			.withPropertyValues("migrate.locations=file:" + this.revisions,
					"migrate.revisions.sql-directory=" + this.revisions, "migrate.auto-upgrade=false");
	}

	private static JavaProcess.Result db(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("db"));
		command.addAll(List.of(arguments));
		return JavaProcess.run(Path.of("."), environment, JdbcApplication.class, command);
	}

	private static Result run(DbCommandLine commandLine, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = commandLine.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static List<String> screen(ShellTestClient shell, String input) throws Exception {
		return shell.sendCommand(input).lines().stream().filter((line) -> !line.isBlank()).toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class CommandBeansRegistry {

		@Bean
		CommandRegistry commandRegistry() {
			return new CommandRegistry();
		}

		@Bean
		SmartInitializingSingleton commandRegistration(CommandRegistry registry, ObjectProvider<Command> commands) {
			return () -> commands.orderedStream().forEach(registry::registerCommand);
		}

	}

	private record Result(int status, String out, String err) {

	}

}
