package dev.migrate.schema;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;

/**
 * The steps of an upgrade, in the order they run. Each step only needs what the steps
 * before it made, and the reverse of each step undoes it in the mirrored position, so the
 * reversed list is a valid downgrade.
 */
enum Step {

	/** Tables and then columns get their new names, so every later step uses them. */
	RENAME_TABLES, RENAME_COLUMNS,

	/** Foreign keys that go away or change, before what they point at changes. */
	DROP_FOREIGN_KEYS,

	/**
	 * Other constraints and indexes that go away or change, before creates (no clash).
	 */
	DROP_CONSTRAINTS,

	/** New tables, referenced before referencing. */
	CREATE_TABLES,

	/** New columns of existing tables. */
	ADD_COLUMNS,

	/** Column and table changes: type, nullability, default, identity, comment. */
	ALTER,

	/** New constraints other than foreign keys, and new indexes. */
	ADD_CONSTRAINTS,

	/** New foreign keys, once every table, column and key they need exists. */
	ADD_FOREIGN_KEYS,

	/** Columns that go away, once nothing refers to them. */
	DROP_COLUMNS,

	/** Tables that go away, referencing before referenced. */
	DROP_TABLES;

	/**
	 * The step of a change.
	 * @param change the change
	 * @return its step
	 */
	static Step of(SchemaChange change) {
		if (change.upgrade() instanceof ExecuteSql) {
			return (change.downgrade() instanceof ExecuteSql) ? ALTER : of(change.downgrade()).mirror();
		}
		return of(change.upgrade());
	}

	private static Step of(Operation operation) {
		if (operation instanceof RenameTable) {
			return RENAME_TABLES;
		}
		if (operation instanceof RenameColumn) {
			return RENAME_COLUMNS;
		}
		if (operation instanceof DropConstraint drop) {
			return (drop.kind() == ConstraintKind.FOREIGN_KEY) ? DROP_FOREIGN_KEYS : DROP_CONSTRAINTS;
		}
		if (operation instanceof DropIndex) {
			return DROP_CONSTRAINTS;
		}
		if (operation instanceof CreateTable) {
			return CREATE_TABLES;
		}
		if (operation instanceof AddColumn) {
			return ADD_COLUMNS;
		}
		if (operation instanceof AlterColumn || operation instanceof SetTableComment || operation instanceof AddIdentity
				|| operation instanceof DropIdentity || operation instanceof AlterIdentity) {
			return ALTER;
		}
		if (operation instanceof AddConstraint add) {
			return (add.constraint().kind() == ConstraintKind.FOREIGN_KEY) ? ADD_FOREIGN_KEYS : ADD_CONSTRAINTS;
		}
		if (operation instanceof CreateIndex) {
			return ADD_CONSTRAINTS;
		}
		if (operation instanceof DropColumn) {
			return DROP_COLUMNS;
		}
		if (operation instanceof DropTable) {
			return DROP_TABLES;
		}
		throw new IllegalArgumentException("A schema change cannot be planned from " + operation);
	}

	/**
	 * The step of the reverse of a change of this step.
	 * @return the mirrored step
	 */
	Step mirror() {
		return switch (this) {
			case DROP_FOREIGN_KEYS -> ADD_FOREIGN_KEYS;
			case ADD_FOREIGN_KEYS -> DROP_FOREIGN_KEYS;
			case DROP_CONSTRAINTS -> ADD_CONSTRAINTS;
			case ADD_CONSTRAINTS -> DROP_CONSTRAINTS;
			case CREATE_TABLES -> DROP_TABLES;
			case DROP_TABLES -> CREATE_TABLES;
			case ADD_COLUMNS -> DROP_COLUMNS;
			case DROP_COLUMNS -> ADD_COLUMNS;
			default -> this;
		};
	}

}
