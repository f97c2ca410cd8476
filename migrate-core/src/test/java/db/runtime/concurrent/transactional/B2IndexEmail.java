package db.runtime.concurrent.transactional;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

@Revision(id = "b2c0ac0ac0ac", revises = "a1c0ac0ac0ac", message = "Index email")
public class B2IndexEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndexConcurrently("account", "email");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndexConcurrently("ix_account_email", "account");
	}

}
