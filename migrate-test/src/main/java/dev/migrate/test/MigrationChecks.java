package dev.migrate.test;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Implemented by a test class to run the ready-made migration checks as dynamic tests,
 * configured by {@link MigrationTest @MigrationTest} on the class.
 */
@ExtendWith(MigrationTestExtension.class)
public interface MigrationChecks {

	/**
	 * The selected checks, one dynamic test (or container of tests) each.
	 * @param suite the checks of this test class, given by the extension
	 * @return the checks
	 */
	@TestFactory
	default Stream<DynamicNode> migrationChecks(MigrationCheckSuite suite) {
		return suite.checks();
	}

}
