package db.migrations.invalid.inner;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * Holds an inner class that cannot be created on its own.
 */
public class Outer {

	@Revision(id = "1f000000000c")
	public class Inner implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
