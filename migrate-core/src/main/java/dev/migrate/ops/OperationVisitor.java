package dev.migrate.ops;

/**
 * One method per kind of {@link Operation}: exhaustive dispatch without pattern matching.
 *
 * @param <R> the result type
 */
public interface OperationVisitor<R> {

	R visit(CreateTable operation);

	R visit(DropTable operation);

	R visit(RenameTable operation);

	R visit(AddColumn operation);

	R visit(DropColumn operation);

	R visit(RenameColumn operation);

	R visit(AlterColumn operation);

	R visit(CreateIndex operation);

	R visit(DropIndex operation);

	R visit(AddConstraint operation);

	R visit(DropConstraint operation);

	R visit(SetTableComment operation);

	R visit(ExecuteSql operation);

	R visit(BulkInsert operation);

	R visit(CreateEnumType operation);

	R visit(DropEnumType operation);

	R visit(AddEnumValue operation);

	R visit(DropEnumValue operation);

	R visit(RenameEnumValue operation);

	R visit(CreateSequence operation);

	R visit(AlterSequence operation);

	R visit(DropSequence operation);

	R visit(CreateSchema operation);

	R visit(DropSchema operation);

	R visit(ValidateConstraint operation);

}
