package dev.migrate.sample;

import org.junit.jupiter.api.Test;

import dev.migrate.test.MigrationData;
import dev.migrate.test.MigrationTest;

import static dev.migrate.test.DataCheck.row;

/**
 * The sample's data migration, {@code 6e5f708192a3} (backfill order status, add demo
 * data), on rows that were there before it, on in-memory H2
 * ({@link PostgresMigrationsTests} runs it on PostgreSQL).
 */
@MigrationTest
class DemoDataMigrationTests {

	private static final String ORDERS = "SELECT a.email, o.total_cents, o.status FROM orders o"
			+ " JOIN account a ON a.id = o.account_id ORDER BY o.total_cents";

	@Test
	void backfillsTheStatusOfExistingOrdersAndAddsTheDemoAccounts(MigrationData data) {
		check(data);
	}

	static void check(MigrationData data) {
		data.at("5d4e6f708192")
			.sql("INSERT INTO account (name, email) VALUES ('Alan Turing', 'alan@example.com')",
					"INSERT INTO orders (account_id, total_cents) SELECT id, 1000 FROM account",
					"INSERT INTO orders (account_id, total_cents, status) SELECT id, 2000, 'SHIPPED' FROM account")
			.upgradeTo("6e5f708192a3")
			.expectRows(ORDERS, row("alan@example.com", 1000, "PLACED"), row("alan@example.com", 2000, "SHIPPED"),
					row("ada@example.com", 4200, "PLACED"))
			.downgradeTo("5d4e6f708192")
			.expectRows("SELECT email FROM account ORDER BY email", row("alan@example.com"))
			.expectRows(ORDERS, row("alan@example.com", 1000, "PLACED"), row("alan@example.com", 2000, "SHIPPED"));
	}

}
