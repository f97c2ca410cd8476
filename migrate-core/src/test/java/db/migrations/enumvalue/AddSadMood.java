package db.migrations.enumvalue;

import java.util.Arrays;
import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * Adds a value to the enum type and uses it in the same revision, which PostgreSQL allows
 * only outside a transaction.
 */
@Revision(id = "e20000000002", revises = "e10000000001", message = "Add sad mood")
public class AddSadMood implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addEnumValueAfter("mood", "sad", "happy");
		op.bulkInsert("feeling", List.of("id", "mood"), List.of(Arrays.asList(1, "sad")));
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DELETE FROM feeling WHERE mood = 'sad'");
		op.dropEnumValueAfter("mood", "sad", "happy");
	}

}
