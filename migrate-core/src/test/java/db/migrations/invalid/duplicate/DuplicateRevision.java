package db.migrations.invalid.duplicate;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * Declares the id that a SQL script in the same location declares too.
 */
@Revision(id = "9c0000000009")
public class DuplicateRevision implements Migration {

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
