package dev.migrate.schema;

import dev.migrate.testsupport.DatabaseKind;

/**
 * The autogenerate corpus on PostgreSQL.
 */
class PostgresCorpusTests extends AbstractCorpusTests {

	PostgresCorpusTests() {
		super(DatabaseKind.POSTGRESQL);
	}

}
