package db.runtime.inspect;

import java.util.List;

import dev.migrate.ops.InspectedTable;
import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.varchar;

/**
 * Writes the names of the tables {@code op.inspect()} sees, after creating the table it
 * writes them to, so a test can tell what the inspection saw.
 */
@Revision(id = "1a0000000002", revises = "1a0000000001", message = "Record the tables inspection sees")
public class I2RecordTables implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("seen_table", column("name", varchar(100)).notNull());
		List<List<String>> names = op.inspect().tables().stream().map(InspectedTable::name).map(List::of).toList();
		op.bulkInsert("seen_table", List.of("name"), names);
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("seen_table");
	}

}
