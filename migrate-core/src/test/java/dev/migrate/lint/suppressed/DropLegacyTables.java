package dev.migrate.lint.suppressed;

import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * A Java revision that suppresses one of its findings.
 */
@Revision(id = "5u5u5u5u5u5u", message = "drop legacy tables",
		lintIgnore = "drop-table the legacy tables were emptied and archived in release 41")
public class DropLegacyTables implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.dropTable("legacy_orders");
		op.dropColumn("account", "legacy_id");
	}

	@Override
	public void downgrade(Operations op) {
	}

}
