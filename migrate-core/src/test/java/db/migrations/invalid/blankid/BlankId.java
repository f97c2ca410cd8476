package db.migrations.invalid.blankid;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * No id.
 */
@Revision(id = " ")
public class BlankId implements Migration {

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
