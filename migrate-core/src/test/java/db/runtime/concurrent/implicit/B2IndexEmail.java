package db.runtime.concurrent.implicit;

import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

@Revision(id = "b2c0ac0ac0ac", revises = "a1c0ac0ac0ac", message = "Index email, unique name")
public class B2IndexEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndexConcurrently("account", "email");
		op.addUniqueConcurrently("account", "name");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropConstraint("uq_account_name", "account", ConstraintKind.UNIQUE);
		op.dropIndexConcurrently("ix_account_email", "account");
	}

}
