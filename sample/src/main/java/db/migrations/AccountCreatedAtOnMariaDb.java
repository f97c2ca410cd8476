package db.migrations;

import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * On MariaDB, {@code account.created_at} becomes the {@code DATETIME(6)} that Hibernate
 * maps the entity's {@code LocalDateTime} to, as {@code orders.placed_at} is. Revision
 * {@code 4c3d5e6f7081} added it as {@code TIMESTAMP}, which is {@code TIMESTAMP(6)} on
 * PostgreSQL and H2 but on MariaDB keeps whole seconds and ends in 2038. That revision
 * has run on existing databases, so this one changes the column instead of it; on the
 * other databases it does nothing. InnoDB copies the table for the change, which the lint
 * suppression accepts for a table of the sample's size.
 */
@Revision(id = "7f708192a3b4", revises = "6e5f708192a3", message = "Account created_at with microseconds on MariaDB",
		created = "2026-02-02T09:30:00",
		lintIgnore = "mariadb-table-copy no type change of a MariaDB column to DATETIME(6) runs in place; "
				+ "the sample's account table is small enough to copy")
public class AccountCreatedAtOnMariaDb implements Migration {

	private static final SqlType MARIADB_TIMESTAMP = SqlType.raw("TIMESTAMP");

	@Override
	public void upgrade(Operations op) {
		if (isMariaDb(op)) {
			op.alterColumn("account", "created_at",
					(column) -> createdAt(column).type(SqlType.TIMESTAMP).existingType(MARIADB_TIMESTAMP));
		}
	}

	@Override
	public void downgrade(Operations op) {
		if (isMariaDb(op)) {
			op.alterColumn("account", "created_at",
					(column) -> createdAt(column).type(MARIADB_TIMESTAMP).existingType(SqlType.TIMESTAMP));
		}
	}

	private static boolean isMariaDb(Operations op) {
		return op.dialectName().equals("mariadb");
	}

	private static AlterColumn createdAt(AlterColumn column) {
		return column.existingNullable(true).existingDefault("CURRENT_TIMESTAMP");
	}

}
