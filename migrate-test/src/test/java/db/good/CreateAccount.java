package db.good;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;

/**
 * The base revision of the good fixture set, in Java.
 */
@Revision(id = "a1000000000a", message = "Create account")
public class CreateAccount implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("account", column("id", SqlType.BIGINT).identity().primaryKey(),
				column("email", SqlType.varchar(200)).notNull().unique());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("account");
	}

}
