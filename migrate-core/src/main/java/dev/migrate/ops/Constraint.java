package dev.migrate.ops;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A table constraint. Without an explicit {@link #name()}, a constraint gets the name the
 * {@link NamingConvention} derives from its table and columns, so a downgrade can drop by
 * name what its upgrade created.
 */
public sealed interface Constraint extends TableElement
		permits Constraint.PrimaryKey, Constraint.Unique, Constraint.ForeignKey, Constraint.Check {

	/**
	 * The constraint name, or {@code null} for the conventional name.
	 * @return the name
	 */
	@Nullable String name();

	/**
	 * The kind of this constraint.
	 * @return the kind
	 */
	ConstraintKind kind();

	/**
	 * This constraint with the given name.
	 * @param name the name
	 * @return a new constraint
	 */
	Constraint name(String name);

	/**
	 * The name the {@link NamingConvention} gives this constraint on the given table.
	 * @param table the table name
	 * @return the conventional name
	 */
	String conventionalName(String table);

	/**
	 * This constraint, named by convention when it has no name.
	 * @param table the table the constraint is on
	 * @return a named constraint
	 */
	default Constraint named(String table) {
		return (name() != null) ? this : name(conventionalName(table));
	}

	/**
	 * The name of this constraint, or else its conventional name.
	 * @param table the table the constraint is on
	 * @return the name
	 */
	default String resolvedName(String table) {
		String name = name();
		return (name != null) ? name : conventionalName(table);
	}

	/**
	 * A primary key.
	 * @param columns the key columns
	 * @return the constraint
	 */
	static PrimaryKey primaryKey(String... columns) {
		return new PrimaryKey(null, List.of(columns));
	}

	/**
	 * A unique constraint.
	 * @param columns the unique columns
	 * @return the constraint
	 */
	static Unique unique(String... columns) {
		return new Unique(null, List.of(columns));
	}

	/**
	 * A foreign key without actions; add them with {@link ForeignKey#onDelete} and
	 * {@link ForeignKey#onUpdate}.
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @param referredColumns the referenced columns
	 * @return the constraint
	 */
	static ForeignKey foreignKey(List<String> columns, String referredTable, List<String> referredColumns) {
		return new ForeignKey(null, columns, referredTable, referredColumns, null, null);
	}

	/**
	 * A check constraint.
	 * @param expression the SQL condition every row must satisfy
	 * @return the constraint
	 */
	static Check check(String expression) {
		return new Check(null, expression);
	}

	private static List<String> requireColumns(List<String> columns) {
		Assert.notEmpty(columns, "'columns' must not be empty");
		columns.forEach((column) -> Assert.hasText(column, "'columns' must not contain empty names"));
		return List.copyOf(columns);
	}

	/**
	 * A primary key.
	 *
	 * @param name the name, or {@code null} for the conventional name
	 * @param columns the key columns
	 */
	record PrimaryKey(@Nullable String name, List<String> columns) implements Constraint {

		public PrimaryKey {
			columns = requireColumns(columns);
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.PRIMARY_KEY;
		}

		@Override
		public PrimaryKey name(String name) {
			return new PrimaryKey(name, this.columns);
		}

		@Override
		public String conventionalName(String table) {
			return NamingConvention.primaryKey(table);
		}

	}

	/**
	 * A unique constraint.
	 *
	 * @param name the name, or {@code null} for the conventional name
	 * @param columns the unique columns
	 */
	record Unique(@Nullable String name, List<String> columns) implements Constraint {

		public Unique {
			columns = requireColumns(columns);
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.UNIQUE;
		}

		@Override
		public Unique name(String name) {
			return new Unique(name, this.columns);
		}

		@Override
		public String conventionalName(String table) {
			return NamingConvention.unique(table, this.columns);
		}

	}

	/**
	 * A foreign key.
	 *
	 * @param name the name, or {@code null} for the conventional name
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @param referredColumns the referenced columns
	 * @param onDelete the action on delete of the referenced row, or {@code null} for the
	 * database default
	 * @param onUpdate the action on update of the referenced key, or {@code null} for the
	 * database default
	 * @param deferral when a deferrable foreign key is checked (PostgreSQL), or
	 * {@code null} for one that is not deferrable
	 */
	record ForeignKey(@Nullable String name, List<String> columns, String referredTable, List<String> referredColumns,
			@Nullable ForeignKeyAction onDelete, @Nullable ForeignKeyAction onUpdate,
			@Nullable Deferrable deferral) implements Constraint {

		public ForeignKey {
			columns = requireColumns(columns);
			Assert.hasText(referredTable, "'referredTable' must not be empty");
			referredColumns = requireColumns(referredColumns);
			Assert.isTrue(columns.size() == referredColumns.size(),
					"A foreign key needs as many referenced columns as referencing columns");
		}

		/**
		 * A foreign key that is not deferrable.
		 * @param name the name, or {@code null} for the conventional name
		 * @param columns the referencing columns
		 * @param referredTable the referenced table
		 * @param referredColumns the referenced columns
		 * @param onDelete the action on delete, or {@code null} for the database default
		 * @param onUpdate the action on update, or {@code null} for the database default
		 */
		public ForeignKey(@Nullable String name, List<String> columns, String referredTable,
				List<String> referredColumns, @Nullable ForeignKeyAction onDelete,
				@Nullable ForeignKeyAction onUpdate) {
			this(name, columns, referredTable, referredColumns, onDelete, onUpdate, null);
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.FOREIGN_KEY;
		}

		@Override
		public ForeignKey name(String name) {
			return new ForeignKey(name, this.columns, this.referredTable, this.referredColumns, this.onDelete,
					this.onUpdate, this.deferral);
		}

		/**
		 * This foreign key with an action on delete of the referenced row.
		 * @param action the action
		 * @return a new foreign key
		 */
		public ForeignKey onDelete(ForeignKeyAction action) {
			return new ForeignKey(this.name, this.columns, this.referredTable, this.referredColumns, action,
					this.onUpdate, this.deferral);
		}

		/**
		 * This foreign key with an action on update of the referenced key.
		 * @param action the action
		 * @return a new foreign key
		 */
		public ForeignKey onUpdate(ForeignKeyAction action) {
			return new ForeignKey(this.name, this.columns, this.referredTable, this.referredColumns, this.onDelete,
					action, this.deferral);
		}

		/**
		 * This foreign key, deferrable and checked after each statement unless a
		 * transaction defers it ({@code DEFERRABLE INITIALLY IMMEDIATE}).
		 * @return a new foreign key
		 */
		public ForeignKey deferrable() {
			return deferral(Deferrable.INITIALLY_IMMEDIATE);
		}

		/**
		 * This foreign key, deferrable and checked at commit
		 * ({@code DEFERRABLE INITIALLY DEFERRED}).
		 * @return a new foreign key
		 */
		public ForeignKey initiallyDeferred() {
			return deferral(Deferrable.INITIALLY_DEFERRED);
		}

		/**
		 * This foreign key with the given deferral.
		 * @param deferral when it is checked, or {@code null} for not deferrable
		 * @return a new foreign key
		 */
		public ForeignKey deferral(@Nullable Deferrable deferral) {
			return new ForeignKey(this.name, this.columns, this.referredTable, this.referredColumns, this.onDelete,
					this.onUpdate, deferral);
		}

		@Override
		public String conventionalName(String table) {
			return NamingConvention.foreignKey(table, this.columns, this.referredTable);
		}

	}

	/**
	 * A check constraint.
	 *
	 * @param name the name, or {@code null} for the conventional name
	 * @param expression the SQL condition every row must satisfy
	 */
	record Check(@Nullable String name, String expression) implements Constraint {

		public Check {
			Assert.hasText(expression, "'expression' must not be empty");
		}

		@Override
		public ConstraintKind kind() {
			return ConstraintKind.CHECK;
		}

		@Override
		public Check name(String name) {
			return new Check(name, this.expression);
		}

		@Override
		public String conventionalName(String table) {
			return NamingConvention.check(table, this.expression);
		}

	}

}
