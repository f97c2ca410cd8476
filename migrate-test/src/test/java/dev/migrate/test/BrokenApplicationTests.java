package dev.migrate.test;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * An application whose revisions have a broken downgrade, two heads and a required column
 * added without a default, and whose model has moved on from them: every check that
 * should fail does, each with a message that names the revision, its file and what to do.
 */
class BrokenApplicationTests {

	private static final String ADD_NAME = "revision b2000000000b (classpath:db/brokenapp/b2000000000b_add_name.sql)";

	private static final String ADD_NOTE = "revision c3000000000c (classpath:db/brokenapp/c3000000000c_add_note.sql)";

	@Test
	void eachCheckFailsWithAClearMessage() {
		Events tests = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(BrokenApplication.class))
			.execute()
			.testEvents();
		// heads, downgrades, upgrade, model, three stairway steps, offline SQL, lint
		tests.assertStatistics((stats) -> stats.started(9).succeeded(4).failed(4).aborted(1));
		tests.failed()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName("heads"),
							finishedWithFailure(message("Expected one head but there are 2: " + ADD_NAME + ", "
									+ ADD_NOTE + "; merge them with 'db merge b2000000000b c3000000000c -m MESSAGE'"
									+ " or list them in @MigrationTest(heads = ...)"))))
			.haveExactly(1, event(displayName("model matches the migrated schema"),
					finishedWithFailure(message("After 'db upgrade heads' the schema differs from the model. The schema"
							+ " file classpath:model/brokenapp.sql has changes that no revision applied to the database captures:\n"
							+ "  add table AUDIT (ID, ACCOUNT_ID)\n"
							+ "  add column ACCOUNT.PHONE CHARACTER VARYING(40)\n"
							+ "  alter column ACCOUNT.EMAIL: type CHARACTER VARYING(200) -> CHARACTER VARYING(300)\n"
							+ "Run 'db migrate -m \"<message>\"' to write a revision for them."))))
			.haveExactly(1,
					event(displayName(ADD_NAME),
							finishedWithFailure(message("The downgrade of " + ADD_NAME
									+ " does not restore the schema before it; it would also need to:\n"
									+ "  drop column ACCOUNT.NAME (CHARACTER VARYING(100))"))))
			.haveExactly(1, event(displayName("h2"), finishedWithFailure(message((text) -> text
				.startsWith("'db lint base:heads' has 1 finding(s) at or above ERROR for h2:\n"
						+ "  add-not-null-column ERROR c3000000000c classpath:db/brokenapp/c3000000000c_add_note.sql:6 ")
					&& text.contains("; instead: ")))));
		tests.aborted()
			.assertThatEvents()
			.haveExactly(1,
					event(displayName(ADD_NOTE),
							abortedWithReason(
									message((text) -> text.equals("Assumption failed: Skipped: the stairway stopped at "
											+ ADD_NAME + ", so the database is in no known state")))));
		tests.succeeded()
			.assertThatEvents()
			.haveExactly(1, event(displayName("downgrades"), finishedSuccessfully()))
			.haveExactly(1, event(displayName("upgrade from base to heads"), finishedSuccessfully()))
			.haveExactly(1,
					event(displayName("revision a1000000000a (classpath:db/brokenapp/a1000000000a_create_account.sql)"),
							finishedSuccessfully()));
	}

	@MigrationTest(locations = "classpath:db/brokenapp", schemaFile = "classpath:model/brokenapp.sql")
	static class BrokenApplication implements MigrationChecks {

	}

}
