package db.runtime.concurrent.implicit;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.varchar;

@Revision(id = "a1c0ac0ac0ac", message = "Create account")
public class A1CreateAccount implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("account", column("id", INTEGER).primaryKey(), column("email", varchar(100)),
				column("name", varchar(100)));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("account");
	}

}
