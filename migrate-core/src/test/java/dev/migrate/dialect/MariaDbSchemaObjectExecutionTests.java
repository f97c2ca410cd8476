package dev.migrate.dialect;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

/**
 * Index keys and sequences executed on a MariaDB database of this class's own.
 */
@WithTestDatabases(DatabaseKind.MARIADB)
class MariaDbSchemaObjectExecutionTests extends AbstractSchemaObjectExecutionTests {

	MariaDbSchemaObjectExecutionTests(TestDatabases databases) {
		super(new MariaDbDialect(), databases.get(DatabaseKind.MARIADB));
	}

}
