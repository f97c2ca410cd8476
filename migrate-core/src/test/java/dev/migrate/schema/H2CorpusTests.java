package dev.migrate.schema;

import dev.migrate.testsupport.DatabaseKind;

/**
 * The autogenerate corpus on H2.
 */
class H2CorpusTests extends AbstractCorpusTests {

	H2CorpusTests() {
		super(DatabaseKind.H2);
	}

}
