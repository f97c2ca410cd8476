package dev.migrate.autoconfigure.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.autoconfigure.command.app.JpaApplication;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.JavaProcess;
import dev.migrate.testsupport.JavaProcess.Result;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one-shot {@code db} commands as processes of {@link JpaApplication}, an
 * application with Spring Data JPA and {@code ddl-auto=validate}, a
 * {@code SmartLifecycle} bean, a {@code @Scheduled} bean, a {@code @PostConstruct} bean,
 * a {@code ContextRefreshedEvent} listener and an {@code ApplicationRunner}, all of which
 * print a marker when they run. A one-shot command runs none of them and prints nothing
 * but its output.
 */
class OneShotCommandProcessTests {

	private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/none";

	@TempDir
	Path directory;

	private TestDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void commandsRunWhileTheDatabaseIsBehindTheEntitiesAndStartNothingElse() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		Result current = db(environment, "current");
		assertThat(current).isEqualTo(new Result(0, "", ""));
		Result upgrade = db(environment, "upgrade", "e1e1e1e1e1e1");
		assertThat(upgrade).isEqualTo(new Result(0, "Running upgrade  -> e1e1e1e1e1e1, Create item\n", ""));
		assertThat(db(environment, "current")).isEqualTo(new Result(0, "e1e1e1e1e1e1\n", ""));
		assertThat(db(environment, "upgrade"))
			.isEqualTo(new Result(0, "Running upgrade e1e1e1e1e1e1 -> f2f2f2f2f2f2, Add item price\n", ""));
		assertThat(db(environment, "current")).isEqualTo(new Result(0, "f2f2f2f2f2f2 (head)\n", ""));
		assertThat(db(environment, "heads")).isEqualTo(new Result(0, "f2f2f2f2f2f2 (head)\n", ""));
		assertThat(db(environment, "downgrade", "-1"))
			.isEqualTo(new Result(0, "Running downgrade f2f2f2f2f2f2 -> e1e1e1e1e1e1, Add item price\n", ""));
		assertThat(db(environment, "current")).isEqualTo(new Result(0, "e1e1e1e1e1e1\n", ""));
		assertThat(versionRows("migrate_version")).containsExactly("e1e1e1e1e1e1");
	}

	@Test
	void aNormalStartOfTheSameApplicationRunsEveryMarkedBean() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		assertThat(db(environment, "upgrade").status()).isZero();
		Result start = run(environment, List.of());
		assertThat(start.status()).as(start.err()).isZero();
		assertThat(start.out().lines().filter((line) -> line.startsWith(JpaApplication.MARKER)))
			.containsExactlyInAnyOrder("MARKER post-construct, 0 items", "MARKER lifecycle", "MARKER refreshed",
					"MARKER runner", "MARKER scheduled")
			.isNotEmpty();
	}

	@Test
	void offlineSqlNeedsNoDatabaseWhenTheDialectIsGiven() throws Exception {
		Result sql = db(Map.of("SPRING_DATASOURCE_URL", NOWHERE, "MIGRATE_DIALECT", "postgresql"), "upgrade", "--sql");
		assertThat(sql.err()).as("only the lint findings of the revisions, on standard error")
			.startsWith("Warning: lint ddl-without-lock-timeout WARNING f2f2f2f2f2f2 ")
			.doesNotContain("Error")
			.doesNotContain("\tat ");
		assertThat(sql.err().lines()).allMatch((line) -> line.startsWith("Warning: lint "));
		assertThat(sql.status()).isZero();
		assertThat(sql.out()).startsWith("CREATE TABLE migrate_version (")
			.doesNotContain("Warning")
			.contains("CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(100));")
			.contains("ALTER TABLE item ADD COLUMN price INTEGER;")
			.doesNotContain(JpaApplication.MARKER);
	}

	@Test
	void aDatabaseThatDoesNotExistIsAnErrorOnStandardError() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("SPRING_DATASOURCE_URL", this.database.url().replace(this.database.name(), "no_such_db"));
		for (String command : List.of("current", "upgrade")) {
			Result result = db(environment, command);
			assertThat(result.status()).isEqualTo(1);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).startsWith("Error: ")
				.contains("\"no_such_db\" does not exist")
				.doesNotContain("\tat ")
				.doesNotContain("Exception in thread");
		}
	}

	@Test
	void aMalformedScriptIsAnErrorNamingTheFileEvenForReadOnlyCommands() throws Exception {
		Path broken = Files.createDirectories(this.directory.resolve("broken"));
		Files.writeString(broken.resolve("c3c3c3c3c3c3_bad.sql"), "-- message: no revision header\n-- upgrade\n");
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("MIGRATE_LOCATIONS", "classpath:db/jpa-app,file:" + broken);
		for (String command : List.of("heads", "upgrade")) {
			Result result = db(environment, command);
			assertThat(result.status()).isEqualTo(1);
			assertThat(result.out()).isEmpty();
			assertThat(result.err()).startsWith("Error: ").contains("c3c3c3c3c3c3_bad.sql").doesNotContain("\tat ");
		}
	}

	@Test
	void aMigrateSettingThatDoesNotBindIsAnErrorWithItsDetails() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("MIGRATE_LOCK_TIMEOUT", "abc");
		Result result = db(environment, "upgrade");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("Error: Failed to bind properties under 'migrate.lock-timeout'")
			.contains("Value: \"abc\"")
			.contains("Origin: System Environment Property \"MIGRATE_LOCK_TIMEOUT\"")
			.doesNotContain("\tat ");
	}

	@Test
	void aFailureToStartIsAnErrorOnStandardError() throws Exception {
		Result result = db(this.database.springEnvironment(), "current",
				"--spring.config.import=file:" + this.directory.resolve("missing.properties"));
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("Error: ").contains("missing.properties").doesNotContain("\tat ");
	}

	@Test
	void wrongUsageExitsWithStatus2() throws Exception {
		Result result = db(this.database.springEnvironment(), "downgrade", "--bogus");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("Error: No such option: --bogus");
	}

	@Test
	void migrateUrlWinsOverTheApplicationDataSource() throws Exception {
		Map<String, String> environment = new HashMap<>(
				Map.of("SPRING_DATASOURCE_URL", NOWHERE, "MIGRATE_URL", this.database.url(), "MIGRATE_USER",
						this.database.username(), "MIGRATE_PASSWORD", this.database.password()));
		assertThat(db(environment, "upgrade").status()).isZero();
		assertThat(versionRows("migrate_version")).containsExactly("f2f2f2f2f2f2");
	}

	@Test
	void theApplicationsOwnDataSourceAndCustomizerAreUsed() throws Exception {
		Map<String, String> environment = new HashMap<>(
				Map.of("SPRING_PROFILES_ACTIVE", "own-datasource", "SPRING_DATASOURCE_URL", NOWHERE, "APP_DB_URL",
						this.database.url(), "APP_DB_USERNAME", this.database.username()));
		Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(versionRows("item_version")).containsExactly("f2f2f2f2f2f2");
	}

	@Test
	void commandsThatReadOnlyTheRevisionsTakeTheLocationsFromTheEnvironmentUnlessTold() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("SPRING_PROFILES_ACTIVE", "extra-locations");
		assertThat(db(environment, "heads")).isEqualTo(new Result(0, "f2f2f2f2f2f2 (head)\n", ""));
		environment.put("MIGRATE_ONE_SHOT_REVISIONS_FROM_ENVIRONMENT", "false");
		assertThat(db(environment, "heads")).isEqualTo(new Result(0, "a3a3a3a3a3a3 (head)\n", ""));
		environment.remove("MIGRATE_ONE_SHOT_REVISIONS_FROM_ENVIRONMENT");
		environment.put("MIGRATE_LOCATIONS", "classpath:db/jpa-app,classpath:db/jpa-app-extra");
		assertThat(db(environment, "history")).isEqualTo(new Result(0, """
				f2f2f2f2f2f2 -> a3a3a3a3a3a3 (head), Add item tag
				e1e1e1e1e1e1 -> f2f2f2f2f2f2, Add item price
				<base> -> e1e1e1e1e1e1, Create item
				""", ""));
	}

	@Test
	void aMigrateDataSourceBeanIsUsed() throws Exception {
		Map<String, String> environment = new HashMap<>(Map.of("SPRING_PROFILES_ACTIVE", "migrate-datasource",
				"SPRING_DATASOURCE_URL", NOWHERE, "APP_MIGRATIONS_URL", this.database.url(), "APP_MIGRATIONS_USERNAME",
				this.database.username()));
		assertThat(db(environment, "upgrade", "e1e1e1e1e1e1").status()).isZero();
		assertThat(db(environment, "current")).isEqualTo(new Result(0, "e1e1e1e1e1e1\n", ""));
	}

	@Test
	void aBeanOfALeftOutAutoConfigurationIsNamedWithThePropertyThatBringsItBack() throws Exception {
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("SPRING_PROFILES_ACTIVE", "jdbc-customizer");
		Result missing = db(environment, "upgrade");
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.out()).isEmpty();
		assertThat(missing.err()).startsWith("Error: ")
			.contains("org.springframework.jdbc.core.JdbcTemplate")
			.contains("migrate.one-shot.auto-configurations")
			.doesNotContain("\tat ");
		environment.put("MIGRATE_ONE_SHOT_AUTO_CONFIGURATIONS",
				"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration");
		Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(versionRows("jdbc_version")).containsExactly("f2f2f2f2f2f2");
	}

	@Test
	void commandsWorkOnH2() throws Exception {
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL",
				"jdbc:h2:file:" + this.directory.resolve("h2/app") + ";AUTO_SERVER=FALSE");
		assertThat(db(environment, "upgrade")).isEqualTo(new Result(0, """
				Running upgrade  -> e1e1e1e1e1e1, Create item
				Running upgrade e1e1e1e1e1e1 -> f2f2f2f2f2f2, Add item price
				""", ""));
		assertThat(db(environment, "downgrade", "-1"))
			.isEqualTo(new Result(0, "Running downgrade f2f2f2f2f2f2 -> e1e1e1e1e1e1, Add item price\n", ""));
		assertThat(db(environment, "current")).isEqualTo(new Result(0, "e1e1e1e1e1e1\n", ""));
	}

	private List<String> versionRows(String table) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + table)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static Result db(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("db"));
		command.addAll(List.of(arguments));
		return run(environment, command);
	}

	/**
	 * Run the application with arguments in a new JVM on this test's class path.
	 */
	private static Result run(Map<String, String> environment, List<String> arguments) throws Exception {
		return JavaProcess.run(Path.of("."), environment, JpaApplication.class, arguments);
	}

}
