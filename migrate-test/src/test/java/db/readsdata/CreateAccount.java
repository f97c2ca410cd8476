package db.readsdata;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;

/**
 * The base revision: an account table.
 */
@Revision(id = "a1000000000a", message = "Create account")
public class CreateAccount implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("account", column("id", SqlType.BIGINT).primaryKey(),
				column("email", SqlType.varchar(200)).notNull());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("account");
	}

}
