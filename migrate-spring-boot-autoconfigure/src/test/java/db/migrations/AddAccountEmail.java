package db.migrations;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;

/**
 * Adds an email column, as a Java revision.
 */
@Revision(id = "b20000000002", revises = "a10000000001", message = "Add account email")
public class AddAccountEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("account", column("email", SqlType.varchar(200)).nullable());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("account", "email");
	}

}
