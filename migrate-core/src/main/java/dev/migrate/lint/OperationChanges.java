package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Column;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationVisitor;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.ValidateConstraint;

/**
 * The changes of one operation, exactly as the operation describes them; the SQL of
 * {@code op.execute(...)} is read by {@link SqlChanges}.
 */
final class OperationChanges implements OperationVisitor<List<Change>> {

	static final OperationChanges INSTANCE = new OperationChanges();

	private OperationChanges() {
	}

	static List<Change> of(Operation operation) {
		return operation.accept(INSTANCE);
	}

	@Override
	public List<Change> visit(CreateTable operation) {
		return List.of(new Change.CreatedTable(operation.table()));
	}

	@Override
	public List<Change> visit(DropTable operation) {
		return List.of(new Change.DroppedTable(operation.table()));
	}

	@Override
	public List<Change> visit(RenameTable operation) {
		return List.of(new Change.RenamedTable(operation.table(), operation.newName()));
	}

	@Override
	public List<Change> visit(AddColumn operation) {
		Column column = operation.column();
		return List.of(new Change.AddedColumn(operation.table(), column.name(), !column.isNullable(),
				column.defaultValue(), column.isIdentity(), false));
	}

	@Override
	public List<Change> visit(DropColumn operation) {
		return List.of(new Change.DroppedColumn(operation.table(), operation.column()));
	}

	@Override
	public List<Change> visit(RenameColumn operation) {
		return List.of(new Change.RenamedColumn(operation.table(), operation.column(), operation.newName()));
	}

	@Override
	public List<Change> visit(AlterColumn operation) {
		List<Change> changes = new ArrayList<>();
		if (operation.type() != null && !operation.type().equals(operation.existingType())) {
			changes.add(new Change.ChangedType(operation.table(), operation.column(), operation.existingType(),
					operation.type(), operation.type().toString()));
		}
		if (Boolean.FALSE.equals(operation.nullable()) && !Boolean.FALSE.equals(operation.existingNullable())) {
			changes.add(new Change.SetNotNull(operation.table(), operation.column()));
		}
		return changes;
	}

	@Override
	public List<Change> visit(CreateIndex operation) {
		return List.of(new Change.CreatedIndex(operation.table(), operation.name(), operation.concurrently()));
	}

	@Override
	public List<Change> visit(DropIndex operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(AddConstraint operation) {
		Change.AddedConstraint added = new Change.AddedConstraint(operation.table(), operation.constraint().kind(),
				operation.notValid(), operation.concurrentIndex());
		return operation.concurrentIndex()
				? List.of(new Change.CreatedIndex(operation.table(), operation.name(), true), added) : List.of(added);
	}

	@Override
	public List<Change> visit(DropConstraint operation) {
		return (operation.kind() == ConstraintKind.PRIMARY_KEY)
				? List.of(new Change.DroppedPrimaryKey(operation.table())) : List.of();
	}

	@Override
	public List<Change> visit(ValidateConstraint operation) {
		return List.of(new Change.ValidatedConstraint(operation.table(), operation.name()));
	}

	@Override
	public List<Change> visit(SetTableComment operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(ExecuteSql operation) {
		return SqlChanges.of(operation.sql());
	}

	@Override
	public List<Change> visit(BulkInsert operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(CreateEnumType operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(DropEnumType operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(AddEnumValue operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(DropEnumValue operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(RenameEnumValue operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(CreateSequence operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(AlterSequence operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(DropSequence operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(CreateSchema operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(DropSchema operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(AddIdentity operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(DropIdentity operation) {
		return List.of();
	}

	@Override
	public List<Change> visit(AlterIdentity operation) {
		return List.of();
	}

}
