package db.migrations.constructor;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A migration whose constructor fails.
 */
@Revision(id = "0e000000000b", revises = "0d000000000a")
public class FailingConstructor implements Migration {

	public FailingConstructor() {
		throw new IllegalStateException("boom");
	}

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
