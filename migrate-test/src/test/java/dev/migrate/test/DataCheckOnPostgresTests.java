package dev.migrate.test;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static dev.migrate.test.DataCheck.row;

/**
 * The data migration tests of {@link DataCheckTests} on a PostgreSQL database of this
 * class's own.
 */
@MigrationTest(locations = "classpath:db/datamigration")
class DataCheckOnPostgresTests {

	private static final TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);

	@MigrationDataSource
	DataSource dataSource = database.dataSource();

	@Test
	void rowsSeededBeforeARevisionAreMigratedByIt(MigrationData data) {
		DataCheckTests.seededAndUpgraded(data);
	}

	@Test
	void aDowngradeRunsOnTheRowsToo(MigrationData data) {
		DataCheckTests.seededAndUpgraded(data)
			.downgradeTo("a1000000000a")
			.expectRows("SELECT id, email FROM account ORDER BY id", row(1, "ada@Example.COM"),
					row(2, "grace@example.org"));
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

}
