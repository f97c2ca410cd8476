package dev.migrate.ops;

/**
 * One change to a database, as a value: the same operation can be rendered as SQL by a
 * {@link dev.migrate.dialect.Dialect}, rendered as Java source by
 * {@link JavaSourceRenderer} and reversed for a downgrade.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
		AlterColumn, CreateIndex, DropIndex, AddConstraint, DropConstraint, SetTableComment, ExecuteSql, BulkInsert,
		ValidateConstraint, CreateEnumType, DropEnumType, AddEnumValue, DropEnumValue, RenameEnumValue, CreateSequence,
		AlterSequence, DropSequence, CreateSchema, DropSchema {

	/**
	 * Call the visitor method for this kind of operation.
	 * @param <R> the result type
	 * @param visitor the visitor
	 * @return the visitor's result
	 */
	<R> R accept(OperationVisitor<R> visitor);

	/**
	 * The operation that undoes this one.
	 * @return the reverse operation
	 * @throws IrreversibleOperationException when this operation does not carry what its
	 * reverse needs
	 */
	Operation reverse();

}
