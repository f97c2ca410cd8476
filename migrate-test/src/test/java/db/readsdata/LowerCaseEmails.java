package db.readsdata;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A data migration that counts the accounts through {@code op.jdbc()} without a guard for
 * offline SQL.
 */
@Revision(id = "b2000000000b", revises = "a1000000000a", message = "Lower-case emails")
public class LowerCaseEmails implements Migration {

	@Override
	public void upgrade(Operations op) {
		Integer accounts = op.jdbc().sql("SELECT COUNT(*) FROM account").query(Integer.class).single();
		if (accounts > 0) {
			op.execute("UPDATE account SET email = LOWER(email)");
		}
	}

	@Override
	public void downgrade(Operations op) {
	}

}
