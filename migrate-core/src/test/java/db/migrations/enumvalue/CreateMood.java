package db.migrations.enumvalue;

import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.raw;

/**
 * An enum type and a table that uses it.
 */
@Revision(id = "e10000000001", message = "Create mood")
public class CreateMood implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createEnumType("mood", "happy");
		op.createTable("feeling", column("id", INTEGER).primaryKey(), column("mood", raw("mood")).notNull());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("feeling");
		op.dropEnumType("mood", List.of("happy"));
	}

}
