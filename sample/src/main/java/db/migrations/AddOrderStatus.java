package db.migrations;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;

/**
 * One side of a branch: orders get a status.
 */
@Revision(id = "3b2c4d5e6f70", revises = "2a1b3c4d5e6f", message = "Add order status", branchLabels = "orders",
		created = "2026-01-20T09:00:00")
public class AddOrderStatus implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("orders", column("status", SqlType.varchar(20)).nullable());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("orders", "status");
	}

}
