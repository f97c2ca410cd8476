package db.runtime.offline;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A data migration: reads rows online, falls back to one statement offline.
 */
@Revision(id = "d4e5f6a7b8c9", revises = "c3d4e5f6a7b8", message = "Backfill account names")
public class D4BackfillNames implements Migration {

	@Override
	public void upgrade(Operations op) {
		if (op.isOffline()) {
			op.execute("UPDATE account SET name = email WHERE name IS NULL");
			return;
		}
		for (String email : op.jdbc().sql("SELECT email FROM account WHERE name IS NULL").query(String.class).list()) {
			String name = email.substring(0, email.indexOf('@'));
			op.jdbc().sql("UPDATE account SET name = ? WHERE email = ?").param(name).param(email).update();
		}
	}

	@Override
	public void downgrade(Operations op) {
	}

}
