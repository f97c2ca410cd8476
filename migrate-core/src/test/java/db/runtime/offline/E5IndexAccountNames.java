package db.runtime.offline;

import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * Safe forms for a table in use: on PostgreSQL the indexes are built concurrently, so the
 * revision runs outside a transaction, with its lock timeout set for the session.
 */
@Revision(id = "e5f6a7b8c9d1", revises = "d4e5f6a7b8c9", message = "Index account names", lockTimeout = "2s")
public class E5IndexAccountNames implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndexConcurrently("account", "name");
		op.addUniqueConcurrently("account", "email");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropConstraint("uq_account_email", "account", ConstraintKind.UNIQUE);
		op.dropIndexConcurrently("ix_account_name", "account");
	}

}
