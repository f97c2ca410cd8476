package dev.migrate.sample;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationData;
import dev.migrate.test.MigrationDataSource;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

/**
 * The sample's revisions pass every check of migrate-test on PostgreSQL, on a database of
 * this class's own that is dropped after it, and its data migration does what
 * {@link DemoDataMigrationTests} expects there too.
 */
class PostgresMigrationsTests implements MigrationChecks {

	private static final TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);

	@MigrationDataSource
	DataSource dataSource() {
		return database.dataSource();
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
