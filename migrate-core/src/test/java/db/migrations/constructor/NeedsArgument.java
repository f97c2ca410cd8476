package db.migrations.constructor;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A migration without a no-argument constructor.
 */
@Revision(id = "0d000000000a")
public class NeedsArgument implements Migration {

	public NeedsArgument(String name) {
	}

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
