package db.migrations.invalid.created;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A created date that is no ISO-8601 local date-time.
 */
@Revision(id = "8b0000000008", created = "yesterday")
public class BadCreated implements Migration {

	@Override
	public void upgrade(Operations op) {
	}

	@Override
	public void downgrade(Operations op) {
	}

}
