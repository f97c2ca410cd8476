package dev.migrate.dialect;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

/**
 * Operations executed on H2 in memory.
 */
@WithTestDatabases(DatabaseKind.H2)
class H2OperationsExecutionTests extends AbstractOperationsExecutionTests {

	H2OperationsExecutionTests(TestDatabases databases) {
		super(new H2Dialect(), databases.get(DatabaseKind.H2));
	}

}
