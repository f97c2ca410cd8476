package db.runtime.inspectschema;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;

/**
 * Creates the table {@code event} of the schema {@code audit} where it is missing.
 */
@Revision(id = "2b0000000001", message = "Create audit.event where it is missing")
public class S1CreateAuditEvent implements Migration {

	@Override
	public void upgrade(Operations op) {
		if (!op.inspect("missing_schema").tables().isEmpty()) {
			throw new IllegalStateException("A schema the database lacks has tables");
		}
		if (!op.inspect("audit").hasTable("event")) {
			op.createTable("audit.event", column("id", BIGINT).primaryKey());
		}
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("audit.event");
	}

}
