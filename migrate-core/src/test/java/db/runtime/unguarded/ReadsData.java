package db.runtime.unguarded;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

@Revision(id = "e5f6a7b8c9d0", message = "Count accounts")
public class ReadsData implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.jdbc().sql("SELECT 1").query(Integer.class).single();
	}

	@Override
	public void downgrade(Operations op) {
	}

}
