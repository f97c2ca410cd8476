package dev.migrate.sample;

import org.junit.jupiter.api.AfterAll;

import dev.migrate.test.MigrationChecks;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample's revisions pass every check of migrate-test on MariaDB, on a database of
 * this class's own that is dropped after it, the model check included: the schema the
 * revisions build on MariaDB is the one the JPA entities declare there.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MariaDbMigrationsTests implements MigrationChecks {

	private static final TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

}
