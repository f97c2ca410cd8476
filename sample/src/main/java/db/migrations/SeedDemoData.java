package db.migrations;

import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A data migration: backfills the status of existing orders and adds demo data.
 */
@Revision(id = "6e5f708192a3", revises = "5d4e6f708192", message = "Backfill order status, add demo data",
		created = "2026-01-22T14:00:00")
public class SeedDemoData implements Migration {

	private static final String DEMO_ACCOUNTS = "('ada@example.com', 'grace@example.com')";

	@Override
	public void upgrade(Operations op) {
		op.execute("UPDATE orders SET status = 'PLACED' WHERE status IS NULL");
		op.bulkInsert("account", List.of("name", "email"),
				List.of(List.of("Ada Lovelace", "ada@example.com"), List.of("Grace Hopper", "grace@example.com")));
		op.execute("INSERT INTO orders (account_id, total_cents, status)"
				+ " SELECT id, 4200, 'PLACED' FROM account WHERE email = 'ada@example.com'");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute(
				"DELETE FROM orders WHERE account_id IN (SELECT id FROM account WHERE email IN " + DEMO_ACCOUNTS + ")");
		op.execute("DELETE FROM account WHERE email IN " + DEMO_ACCOUNTS);
	}

}
