package db.migrations.mixed;

import dev.migrate.ops.Operations;
import dev.migrate.script.Revision;

/**
 * The base revision, a Java migration that implements Migration through its superclass.
 */
@Revision(id = "1a0000000001", message = "Create accounts", created = "2026-01-15T10:30:00", branchLabels = "accounts")
public class CreateAccounts extends AbstractMixedMigration {

	@Override
	public void upgrade(Operations op) {
		op.execute("CREATE TABLE accounts (id INT PRIMARY KEY)");
	}

}
