package db.migrations.mixed;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;

/**
 * A base class without {@code @Revision}: not a revision itself.
 */
public abstract class AbstractMixedMigration implements Migration {

	@Override
	public void downgrade(Operations op) {
	}

}
