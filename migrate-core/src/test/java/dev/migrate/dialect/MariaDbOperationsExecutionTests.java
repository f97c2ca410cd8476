package dev.migrate.dialect;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

/**
 * Operations executed on a MariaDB database of this class's own.
 */
@WithTestDatabases(DatabaseKind.MARIADB)
class MariaDbOperationsExecutionTests extends AbstractOperationsExecutionTests {

	MariaDbOperationsExecutionTests(TestDatabases databases) {
		super(new MariaDbDialect(), databases.get(DatabaseKind.MARIADB));
	}

}
