package db.runtime.offline;

import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.decimal;

@Revision(id = "c3d4e5f6a7b8", revises = "b2c3d4e5f6a7", message = "Add orders")
public class C3AddOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("orders", column("id", BIGINT).identity().primaryKey(), column("account_id", BIGINT).notNull(),
				column("total", decimal(10, 2)).notNull().defaultValue("0"));
		op.addForeignKey("orders", List.of("account_id"), "account", List.of("id"));
		op.createIndex("orders", "account_id");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("orders");
	}

}
