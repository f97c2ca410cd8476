package db.migrations;

import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.Constraint.foreignKey;

/**
 * The branch point: orders of an account. Written with the operations API, so that it
 * runs on H2, PostgreSQL and MariaDB alike.
 */
@Revision(id = "2a1b3c4d5e6f", revises = "1f0a2b3c4d5e", message = "Create orders", created = "2026-01-16T11:00:00")
public class CreateOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("orders", column("id", SqlType.BIGINT).identity().primaryKey(),
				column("account_id", SqlType.BIGINT).notNull(), column("total_cents", SqlType.BIGINT).notNull(),
				column("placed_at", SqlType.TIMESTAMP).notNull().defaultValue("CURRENT_TIMESTAMP"),
				foreignKey(List.of("account_id"), "account", List.of("id")));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("orders");
	}

}
