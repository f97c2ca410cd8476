package db.runtime.checksums;

import java.util.Arrays;
import java.util.List;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.varchar;

@Revision(id = "a1c5c5c5c5c5", message = "Create tags")
public class A1CreateTags implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("tag", column("id", BIGINT).identity().primaryKey(), column("name", varchar(40)).notNull(),
				column("active", BOOLEAN).notNull().defaultValue("TRUE"), column("created_at", TIMESTAMP_TZ));
		op.createUniqueIndex("tag", "name");
		op.bulkInsert("tag", List.of("name", "active"), List.of(Arrays.asList("news", true)));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("tag");
	}

}
