package dev.migrate.sample;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;

import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationDataSource;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

/**
 * The sample's revisions pass every check of migrate-test on MariaDB, on a database of
 * this class's own that is dropped after it.
 */
class MariaDbMigrationsTests implements MigrationChecks {

	private static final TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB);

	@MigrationDataSource
	DataSource dataSource() {
		return database.dataSource();
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

}
