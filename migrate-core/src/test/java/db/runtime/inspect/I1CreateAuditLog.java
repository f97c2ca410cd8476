package db.runtime.inspect;

import dev.migrate.ops.InspectedTable;
import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.varchar;

/**
 * Creates the audit log only where it is missing, as a team whose databases may already
 * have it (made by hand, or by an older tool) would: the table, then the column, then the
 * index, each only if absent.
 */
@Revision(id = "1a0000000001", message = "Create the audit log where it is missing")
public class I1CreateAuditLog implements Migration {

	@Override
	public void upgrade(Operations op) {
		if (!op.inspect().hasTable("audit_log")) {
			op.createTable("audit_log", column("id", BIGINT).identity().primaryKey(),
					column("message", varchar(200)).notNull());
		}
		InspectedTable auditLog = op.inspect()
			.table("audit_log")
			.orElseThrow(() -> new IllegalStateException("op.inspect() does not see audit_log"));
		if (!auditLog.hasColumn("created_by")) {
			op.addColumn("audit_log", column("created_by", varchar(50)));
		}
		if (!op.inspect().hasIndex("audit_log", "ix_audit_log_created_by")) {
			op.createIndex("audit_log", "created_by");
		}
	}

	@Override
	public void downgrade(Operations op) {
		if (op.inspect().hasTable("audit_log")) {
			op.dropTable("audit_log");
		}
	}

}
