package dev.migrate.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.migrate.test.DataCheck.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of a data migration written with {@link MigrationData}, the way an application
 * writes them, on the default in-memory H2 database.
 */
@MigrationTest(locations = "classpath:db/datamigration")
class DataCheckTests {

	static final String DOMAINS = "SELECT id, domain FROM account ORDER BY id";

	@Test
	void rowsSeededBeforeARevisionAreMigratedByIt(MigrationData data) {
		seededAndUpgraded(data);
	}

	@Test
	void rowsThatDifferFailListingBothWithTheRevisionAndTheQuery(MigrationData data) {
		DataCheck check = data.at("a1000000000a")
			.sql("INSERT INTO account (id, email) VALUES (1, 'ada@Example.COM')")
			.upgradeTo("b2000000000b");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> check.expectRows(DOMAINS, row(1, "Example.COM"), row(2, "example.org")))
			.withMessage("At b2000000000b, '" + DOMAINS + "' returned\n  [1, example.com]\nbut expected\n"
					+ "  [1, Example.COM]\n  [2, example.org]");
	}

	@Test
	void seedThatDoesNotFitTheSchemaAtTheRevisionFailsNamingIt(MigrationData data) {
		DataCheck check = data.at("a1000000000a");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> check.sql("INSERT INTO account (id, email, domain) VALUES (1, 'a@b.c', 'b.c')"))
			.withMessageStartingWith("At a1000000000a, 'INSERT INTO account (id, email, domain) VALUES (1, 'a@b.c',"
					+ " 'b.c')' fails: ")
			.withMessageContaining("DOMAIN");
	}

	@Test
	void aDowngradeRunsOnTheRowsToo(MigrationData data) {
		seededAndUpgraded(data).downgradeTo("a1000000000a")
			.expectRows("SELECT id, email FROM account ORDER BY id", row(1, "ada@Example.COM"),
					row(2, "grace@example.org"));
		assertThat(data.at("heads").rows("SELECT COUNT(*) FROM account")).as("each at() starts from base")
			.containsExactly(row(0L));
	}

	static DataCheck seededAndUpgraded(MigrationData data) {
		Map<String, Object> grace = new LinkedHashMap<>();
		grace.put("id", 2);
		grace.put("email", "grace@example.org");
		return data.at("a1000000000a")
			.sql("INSERT INTO account (id, email) VALUES (1, 'ada@Example.COM')")
			.insert("account", grace)
			.upgradeTo("b2000000000b")
			.expectRows(DOMAINS, row(1, "example.com"), row(2, "example.org"));
	}

}
