package db.migrations;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;

/**
 * The base revision: a Java migration that runs on H2, PostgreSQL and MariaDB alike.
 */
@Revision(id = "1f0a2b3c4d5e", message = "Create account", created = "2026-01-15T10:30:00")
public class CreateAccounts implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("account", column("id", SqlType.BIGINT).identity().primaryKey(),
				column("name", SqlType.varchar(100)).notNull(),
				column("email", SqlType.varchar(200)).notNull().unique());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("account");
	}

}
