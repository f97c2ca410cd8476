package dev.migrate.autoconfigure.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.command.app.Item;
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
 * Runs {@code db check}, {@code db migrate} and {@code db upgrade} as one-shot processes
 * of {@link JpaApplication}, whose desired schema is its {@link Item} entity: the
 * application has no schema file, so the JPA entities are the model source. Its revisions
 * are in a directory of the test, which {@code db migrate} writes into.
 */
class JpaModelSourceProcessTests {

	@TempDir
	Path revisions;

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
	void aFieldNoRevisionCreatesIsFoundGeneratedAndThenInSyncWithTheEntities() throws Exception {
		Files.writeString(this.revisions.resolve("e1e1e1e1e1e1_create_item.sql"), """
				-- revision: e1e1e1e1e1e1
				-- message: Create item

				-- upgrade
				CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(255));

				-- downgrade
				DROP TABLE item;
				""");
		Map<String, String> environment = environment();
		Result behind = db(environment, "check");
		assertThat(behind.err()).isEmpty();
		assertThat(behind.status()).isEqualTo(3);
		assertThat(behind.out()).contains("add column item.price integer").doesNotContain(JpaApplication.MARKER);

		Result migrate = db(environment, "migrate", "-m", "add field", "--format", "sql");
		assertThat(migrate.status()).as(migrate.err()).isZero();
		assertThat(migrate.out()).contains("Generating").doesNotContain(JpaApplication.MARKER);
		List<Path> written = sqlFiles().stream()
			.filter((file) -> !file.getFileName().toString().startsWith("e1e1e1e1e1e1"))
			.toList();
		assertThat(written).singleElement()
			.satisfies((file) -> assertThat(file.getFileName().toString()).endsWith("_add_field.sql"))
			.satisfies((file) -> assertThat(Files.readString(file)).contains("-- revises: e1e1e1e1e1e1")
				.containsIgnoringCase("ADD COLUMN price integer")
				.containsIgnoringCase("DROP COLUMN price"));

		Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("-> ").contains("add field");
		Result inSync = db(environment, "check");
		assertThat(inSync).isEqualTo(new Result(0, inSync.out(), ""));

		Result start = JavaProcess.run(Path.of("."), environment, JpaApplication.class, List.of());
		assertThat(start.status()).as(start.err()).isZero();
		assertThat(start.out()).contains("MARKER post-construct, 0 items");
	}

	private List<Path> sqlFiles() throws Exception {
		try (Stream<Path> files = Files.list(this.revisions)) {
			return files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
	}

	private Map<String, String> environment() {
		Map<String, String> environment = this.database.springEnvironment();
		environment.put("MIGRATE_LOCATIONS", "file:" + this.revisions);
		environment.put("MIGRATE_REVISIONS_SQL_DIRECTORY", this.revisions.toString());
		return environment;
	}

	private static Result db(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("db"));
		command.addAll(List.of(arguments));
		return JavaProcess.run(Path.of("."), environment, JpaApplication.class, command);
	}

}
