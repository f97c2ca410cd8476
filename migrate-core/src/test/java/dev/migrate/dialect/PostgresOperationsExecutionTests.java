package dev.migrate.dialect;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

/**
 * Operations executed on a PostgreSQL database of this class's own.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class PostgresOperationsExecutionTests extends AbstractOperationsExecutionTests {

	PostgresOperationsExecutionTests(TestDatabases databases) {
		super(new PostgresDialect(), databases.get(DatabaseKind.POSTGRESQL));
	}

}
