package db.migrations.mixed;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A merge of the two SQL revisions, run outside a transaction.
 */
@Revision(id = "4d0000000004", revises = { "2b0000000002", "3c0000000003" }, message = "Merge heads",
		dependsOn = "accounts", transactional = false)
public class MergeHeads implements Migration {

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
