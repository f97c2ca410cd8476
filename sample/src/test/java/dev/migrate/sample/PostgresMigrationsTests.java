package dev.migrate.sample;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationData;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample's revisions pass every check of migrate-test on PostgreSQL, on a database of
 * this class's own that is dropped after it, the model check against the JPA entities
 * included, and its data migration does what {@link DemoDataMigrationTests} expects there
 * too.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresMigrationsTests implements MigrationChecks {

	private static final TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void demoDataMigration(MigrationData data) {
		DemoDataMigrationTests.check(data);
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

}
