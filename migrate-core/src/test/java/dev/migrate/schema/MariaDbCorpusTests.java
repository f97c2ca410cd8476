package dev.migrate.schema;

import dev.migrate.testsupport.DatabaseKind;

/**
 * The autogenerate corpus on MariaDB.
 */
class MariaDbCorpusTests extends AbstractCorpusTests {

	MariaDbCorpusTests() {
		super(DatabaseKind.MARIADB);
	}

}
