package dev.migrate.autoconfigure.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.command.app.Item;
import dev.migrate.command.DbCommandLine;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which desired schema {@code db check} compares the revisions with: the JPA entities
 * (found through {@code @EntityScan}) when no schema file is configured or present,
 * {@code migrate.model.schema-file} when set, and {@code migrate.model.source} over both.
 * Hibernate's JPA auto-configuration is not loaded, as in a one-shot command.
 */
@WithTestDatabases({ DatabaseKind.POSTGRESQL, DatabaseKind.H2 })
class ModelSourceSelectionTests {

	private static final String JPA_CHANGES = "The model of the JPA entities has changes that no revision captures:";

	private static final String SCHEMA_FILE_CHANGES = "The schema file classpath:db/model/schema.sql has changes";

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void withoutASchemaFileTheEntitiesAreTheModel(DatabaseKind kind, TestDatabases databases) {
		contextRunner(databases.get(kind)).run((context) -> {
			Result result = run(context.getBean(DbCommandLine.class), "check");
			assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
			assertThat(result.out()).startsWith(JPA_CHANGES).containsIgnoringCase("add table item (id, name, price)");
		});
	}

	@Test
	void aConfiguredSchemaFileIsTheModel(TestDatabases databases) {
		contextRunner(databases.get(DatabaseKind.POSTGRESQL))
			.withPropertyValues("migrate.model.schema-file=classpath:db/model/schema.sql")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
				assertThat(result.out()).startsWith(SCHEMA_FILE_CHANGES).doesNotContainIgnoringCase("item");
			});
	}

	@Test
	void theSourcePropertyWinsOverAConfiguredSchemaFile(TestDatabases databases) {
		contextRunner(databases.get(DatabaseKind.POSTGRESQL))
			.withPropertyValues("migrate.model.schema-file=classpath:db/model/schema.sql", "migrate.model.source=jpa")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				assertThat(result.status()).as(result.err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
				assertThat(result.out()).startsWith(JPA_CHANGES);
			});
	}

	@Test
	void theSchemaFileSourceWithoutTheFileNamesTheDefaultLocation(TestDatabases databases) {
		contextRunner(databases.get(DatabaseKind.POSTGRESQL)).withPropertyValues("migrate.model.source=schema-file")
			.run((context) -> {
				Result result = run(context.getBean(DbCommandLine.class), "check");
				assertThat(result.status()).isEqualTo(DbCommandLine.FAILURE);
				assertThat(result.err()).startsWith("Error: Schema file classpath:db/schema.sql does not exist");
			});
	}

	private static ApplicationContextRunner contextRunner(TestDatabase database) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					DbCommandAutoConfiguration.class))
			.withUserConfiguration(ItemEntities.class)
			.withPropertyValues(database.springProperties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new))
			.withPropertyValues("migrate.locations=classpath:db/shell", "migrate.auto-upgrade=false");
	}

	private static Result run(DbCommandLine commandLine, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = commandLine.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Item.class)
	static class ItemEntities {

	}

	private record Result(int status, String out, String err) {

	}

}
