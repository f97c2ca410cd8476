package dev.migrate.dialect;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

/**
 * Index keys, sequences and identity columns executed on H2 in memory.
 */
@WithTestDatabases(DatabaseKind.H2)
class H2SchemaObjectExecutionTests extends AbstractSchemaObjectExecutionTests {

	H2SchemaObjectExecutionTests(TestDatabases databases) {
		super(new H2Dialect(), databases.get(DatabaseKind.H2));
	}

	@Override
	String stored(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	@Test
	void identityAddedAlteredAndDropped() {
		identityLifecycle();
	}

	@Test
	void indexKeysSortNullsLastAgainstTheDefault() {
		nullsOrderedIndexKeys(false);
	}

}
