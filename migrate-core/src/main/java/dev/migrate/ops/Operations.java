package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operations a migration performs: {@code op} in a migration's {@code upgrade} and
 * {@code downgrade}. Every method builds exactly one {@link Operation} and hands it to
 * the {@link OperationSink}; online the runtime executes it, offline it writes the SQL.
 * <pre class="code">
 * op.createTable("account",
 *         column("id", BIGINT).identity().primaryKey(),
 *         column("email", varchar(255)).notNull());
 * op.createUniqueIndex("account", "email");
 * op.addColumn("account", column("is_active", BOOLEAN));
 * </pre>
 */
public final class Operations {

	private final OperationSink sink;

	private final OperationsContext context;

	/**
	 * Create a new {@link Operations} instance.
	 * @param sink receives every operation
	 * @param context the run the operations are part of
	 */
	public Operations(OperationSink sink, OperationsContext context) {
		this.sink = sink;
		this.context = context;
	}

	/**
	 * Whether the migration is written as SQL instead of executed. Guard {@link #jdbc()}
	 * with it.
	 * @return {@code true} offline
	 */
	public boolean isOffline() {
		return this.context.isOffline();
	}

	/**
	 * The dialect name ({@code postgresql}, {@code h2} or {@code mariadb}), to guard
	 * dialect-specific SQL.
	 * @return the dialect name
	 */
	public String dialectName() {
		return this.context.dialectName();
	}

	/**
	 * A client on the migration's own connection and transaction, for data migrations
	 * that read before they write. Online only.
	 * @return the client
	 * @throws OfflineModeException when the SQL is being written offline
	 */
	public JdbcClient jdbc() {
		if (this.context.isOffline()) {
			throw new OfflineModeException("op.jdbc()",
					"op.jdbc() needs a database connection, and SQL is being written offline;"
							+ " guard the call with 'if (!op.isOffline()) { ... }' or use op.execute(...) or"
							+ " op.bulkInsert(...), which render offline");
		}
		return this.context.jdbc();
	}

	/**
	 * The live schema of the connection's current schema (the database on MariaDB), for
	 * migrations that change only what is not there yet: <pre class="code">
	 * if (!op.inspect().hasColumn("account", "nickname")) {
	 *     op.addColumn("account", column("nickname", varchar(50)));
	 * }
	 * </pre> Each call reads the catalogs again on the migration's own connection and
	 * transaction, so it sees what the operations before it did. Inspecting is no
	 * operation; like {@link #jdbc()} it needs a database, so a migration that inspects
	 * has no checksum and is linted up to its first inspection. Online only.
	 * @return the schema, without migrate's own tables
	 * @throws OfflineModeException when the SQL is being written offline
	 */
	public InspectedSchema inspect() {
		return inspectSchema(null);
	}

	/**
	 * The live schema of a named schema (a database on MariaDB); see {@link #inspect()}.
	 * Online only.
	 * @param schema the schema name, found as written or in the case the database stores
	 * it ({@code audit} finds H2's {@code AUDIT})
	 * @return the schema, without migrate's own tables; empty when the database has no
	 * such schema
	 * @throws OfflineModeException when the SQL is being written offline
	 */
	public InspectedSchema inspect(String schema) {
		return inspectSchema(schema);
	}

	private InspectedSchema inspectSchema(@Nullable String schema) {
		if (this.context.isOffline()) {
			throw new OfflineModeException("op.inspect()",
					"op.inspect() reads the live schema, which SQL written offline cannot"
							+ " depend on; apply the revision online with 'db upgrade', or guard the call with"
							+ " 'if (!op.isOffline()) { ... }' and decide what the offline SQL does");
		}
		return this.context.inspect(schema);
	}

	/**
	 * Hand an operation built elsewhere (such as a reverse) to the sink.
	 * @param operation the operation
	 */
	public void invoke(Operation operation) {
		this.sink.accept(operation);
	}

	/**
	 * Create a table.
	 * @param table the table name, optionally {@code schema.table}
	 * @param elements its columns and constraints
	 */
	public void createTable(String table, TableElement... elements) {
		invoke(CreateTable.of(table, null, List.of(elements)));
	}

	/**
	 * Create a table with a comment.
	 * @param table the table name, optionally {@code schema.table}
	 * @param comment the table comment
	 * @param elements its columns and constraints
	 */
	public void createTable(String table, @Nullable String comment, List<? extends TableElement> elements) {
		invoke(CreateTable.of(table, comment, elements));
	}

	/**
	 * Drop a table.
	 * @param table the table name
	 */
	public void dropTable(String table) {
		invoke(new DropTable(table, null));
	}

	/**
	 * Drop a table, describing it so the drop can be reversed.
	 * @param table the table name
	 * @param definition its columns and constraints
	 */
	public void dropTable(String table, TableElement... definition) {
		dropTable(table, null, List.of(definition));
	}

	/**
	 * Drop a table with a comment, describing it so the drop can be reversed.
	 * @param table the table name
	 * @param comment the table comment
	 * @param definition its columns and constraints
	 */
	public void dropTable(String table, @Nullable String comment, List<? extends TableElement> definition) {
		invoke(new DropTable(table, CreateTable.of(table, comment, definition)));
	}

	/**
	 * Rename a table within its schema.
	 * @param table the current name
	 * @param newName the new name, without schema
	 */
	public void renameTable(String table, String newName) {
		invoke(new RenameTable(table, newName));
	}

	/**
	 * Add a column.
	 * @param table the table name
	 * @param column the column definition
	 */
	public void addColumn(String table, Column column) {
		invoke(new AddColumn(table, column));
	}

	/**
	 * Drop a column.
	 * @param table the table name
	 * @param column the column name
	 */
	public void dropColumn(String table, String column) {
		invoke(new DropColumn(table, column, null));
	}

	/**
	 * Drop a column, describing it so the drop can be reversed.
	 * @param table the table name
	 * @param definition the column definition
	 */
	public void dropColumn(String table, Column definition) {
		invoke(new DropColumn(table, definition.name(), definition));
	}

	/**
	 * Rename a column.
	 * @param table the table name
	 * @param column the current column name
	 * @param newName the new column name
	 */
	public void renameColumn(String table, String column, String newName) {
		invoke(new RenameColumn(table, column, newName));
	}

	/**
	 * Alter a column:
	 * {@code op.alterColumn("account", "email", (c) -> c.nullable(false))}.
	 * @param table the table name
	 * @param column the column name
	 * @param changes applies the changes to an {@link AlterColumn} that changes nothing
	 */
	public void alterColumn(String table, String column, UnaryOperator<AlterColumn> changes) {
		invoke(changes.apply(AlterColumn.of(table, column)));
	}

	/**
	 * Set the comment of a column.
	 * @param table the table name
	 * @param column the column name
	 * @param comment the comment
	 */
	public void setColumnComment(String table, String column, String comment) {
		alterColumn(table, column, (alter) -> alter.comment(comment));
	}

	/**
	 * Drop the comment of a column.
	 * @param table the table name
	 * @param column the column name
	 */
	public void dropColumnComment(String table, String column) {
		alterColumn(table, column, AlterColumn::dropComment);
	}

	/**
	 * Create an index named by convention ({@code ix_TABLE_COLUMNS}).
	 * @param table the table name
	 * @param columns the indexed columns
	 */
	public void createIndex(String table, String... columns) {
		createIndex(NamingConvention.index(table, List.of(columns)), table, List.of(columns), false);
	}

	/**
	 * Create a unique index named by convention ({@code ix_TABLE_COLUMNS}).
	 * @param table the table name
	 * @param columns the indexed columns
	 */
	public void createUniqueIndex(String table, String... columns) {
		createIndex(NamingConvention.index(table, List.of(columns)), table, List.of(columns), true);
	}

	/**
	 * Create a named index.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the indexed columns
	 * @param unique whether the index rejects duplicate values
	 */
	public void createIndex(String name, String table, List<String> columns, boolean unique) {
		invoke(new CreateIndex(name, table, columns, unique));
	}

	/**
	 * Create a named index on columns or expressions, each ascending or descending,
	 * optionally partial: <pre class="code">
	 * op.createIndex("ix_account_active_email", "account",
	 *         List.of(expression("lower(email)"), desc("created_at")), true, "deleted_at IS NULL");
	 * </pre> Expressions and predicates are PostgreSQL's; MariaDB and H2 index whole
	 * columns only.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the keys, in order
	 * @param unique whether the index rejects duplicate values
	 * @param where the SQL condition of the rows a partial index covers, or {@code null}
	 * for all rows
	 */
	public void createIndex(String name, String table, List<IndexColumn> columns, boolean unique,
			@Nullable String where) {
		invoke(new CreateIndex(name, table, columns, unique, where));
	}

	/**
	 * Create an index named by convention ({@code ix_TABLE_COLUMNS}) without blocking
	 * writes to the table while it is built; on PostgreSQL the revision then runs outside
	 * a transaction.
	 * @param table the table name
	 * @param columns the indexed columns
	 * @see CreateIndex#asConcurrent()
	 */
	public void createIndexConcurrently(String table, String... columns) {
		createIndexConcurrently(NamingConvention.index(table, List.of(columns)), table, List.of(columns), false);
	}

	/**
	 * Create a unique index named by convention ({@code ix_TABLE_COLUMNS}) without
	 * blocking writes to the table while it is built; on PostgreSQL the revision then
	 * runs outside a transaction.
	 * @param table the table name
	 * @param columns the indexed columns
	 * @see CreateIndex#asConcurrent()
	 */
	public void createUniqueIndexConcurrently(String table, String... columns) {
		createIndexConcurrently(NamingConvention.index(table, List.of(columns)), table, List.of(columns), true);
	}

	/**
	 * Create a named index without blocking writes to the table while it is built; on
	 * PostgreSQL the revision then runs outside a transaction.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the indexed columns
	 * @param unique whether the index rejects duplicate values
	 * @see CreateIndex#asConcurrent()
	 */
	public void createIndexConcurrently(String name, String table, List<String> columns, boolean unique) {
		invoke(new CreateIndex(name, table, columns, unique).asConcurrent());
	}

	/**
	 * Create a named index on columns or expressions, each ascending or descending,
	 * optionally partial, without blocking writes to the table while it is built; on
	 * PostgreSQL the revision then runs outside a transaction.
	 * @param name the index name
	 * @param table the table name
	 * @param columns the keys, in order
	 * @param unique whether the index rejects duplicate values
	 * @param where the SQL condition of the rows a partial index covers, or {@code null}
	 * for all rows
	 */
	public void createIndexConcurrently(String name, String table, List<IndexColumn> columns, boolean unique,
			@Nullable String where) {
		invoke(new CreateIndex(name, table, columns, unique, where).asConcurrent());
	}

	/**
	 * Drop an index without blocking reads and writes of the table; on PostgreSQL the
	 * revision then runs outside a transaction.
	 * @param name the index name
	 * @param table the table of the index
	 */
	public void dropIndexConcurrently(String name, String table) {
		invoke(new DropIndex(name, table, null, true));
	}

	/**
	 * Drop an index without blocking reads and writes of the table, describing it so the
	 * drop can be reversed (by a concurrent build); on PostgreSQL the revision then runs
	 * outside a transaction.
	 * @param name the index name
	 * @param table the table of the index
	 * @param columns the indexed columns
	 * @param unique whether the index is unique
	 */
	public void dropIndexConcurrently(String name, String table, List<String> columns, boolean unique) {
		invoke(new DropIndex(name, table, new CreateIndex(name, table, columns, unique).asConcurrent(), true));
	}

	/**
	 * Drop an index on columns or expressions without blocking reads and writes of the
	 * table, describing it so the drop can be reversed; on PostgreSQL the revision then
	 * runs outside a transaction.
	 * @param name the index name
	 * @param table the table of the index
	 * @param columns the keys, in order
	 * @param unique whether the index is unique
	 * @param where the condition of a partial index, or {@code null}
	 */
	public void dropIndexConcurrently(String name, String table, List<IndexColumn> columns, boolean unique,
			@Nullable String where) {
		invoke(new DropIndex(name, table, new CreateIndex(name, table, columns, unique, where).asConcurrent(), true));
	}

	/**
	 * Drop an index.
	 * @param name the index name
	 * @param table the table of the index
	 */
	public void dropIndex(String name, String table) {
		invoke(new DropIndex(name, table, null));
	}

	/**
	 * Drop an index, describing it so the drop can be reversed.
	 * @param name the index name
	 * @param table the table of the index
	 * @param columns the indexed columns
	 * @param unique whether the index is unique
	 */
	public void dropIndex(String name, String table, List<String> columns, boolean unique) {
		invoke(new DropIndex(name, table, new CreateIndex(name, table, columns, unique)));
	}

	/**
	 * Drop an index on columns or expressions, describing it so the drop can be reversed.
	 * @param name the index name
	 * @param table the table of the index
	 * @param columns the keys, in order
	 * @param unique whether the index is unique
	 * @param where the condition of a partial index, or {@code null}
	 */
	public void dropIndex(String name, String table, List<IndexColumn> columns, boolean unique,
			@Nullable String where) {
		invoke(new DropIndex(name, table, new CreateIndex(name, table, columns, unique, where)));
	}

	/**
	 * Add a primary key named by convention ({@code pk_TABLE}).
	 * @param table the table name
	 * @param columns the key columns
	 */
	public void addPrimaryKey(String table, String... columns) {
		addConstraint(table, Constraint.primaryKey(columns));
	}

	/**
	 * Add a unique constraint named by convention ({@code uq_TABLE_COLUMNS}).
	 * @param table the table name
	 * @param columns the unique columns
	 */
	public void addUnique(String table, String... columns) {
		addConstraint(table, Constraint.unique(columns));
	}

	/**
	 * Add a foreign key named by convention ({@code fk_TABLE_COLUMN_REFERRED}).
	 * @param table the referencing table
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @param referredColumns the referenced columns
	 */
	public void addForeignKey(String table, List<String> columns, String referredTable, List<String> referredColumns) {
		addForeignKey(table, columns, referredTable, referredColumns, null, null);
	}

	/**
	 * Add a foreign key named by convention ({@code fk_TABLE_COLUMN_REFERRED}) with
	 * actions.
	 * @param table the referencing table
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @param referredColumns the referenced columns
	 * @param onDelete the action on delete, or {@code null} for the database default
	 * @param onUpdate the action on update, or {@code null} for the database default
	 */
	public void addForeignKey(String table, List<String> columns, String referredTable, List<String> referredColumns,
			@Nullable ForeignKeyAction onDelete, @Nullable ForeignKeyAction onUpdate) {
		addConstraint(table,
				new Constraint.ForeignKey(null, columns, referredTable, referredColumns, onDelete, onUpdate));
	}

	/**
	 * Add a check constraint named by convention ({@code ck_TABLE_HASH}).
	 * @param table the table name
	 * @param expression the SQL condition every row must satisfy
	 */
	public void addCheck(String table, String expression) {
		addConstraint(table, Constraint.check(expression));
	}

	/**
	 * Add a constraint, such as {@code unique("email").name("account_email_key")}.
	 * @param table the table name
	 * @param constraint the constraint
	 */
	public void addConstraint(String table, Constraint constraint) {
		invoke(new AddConstraint(table, constraint));
	}

	/**
	 * Add a unique constraint named by convention ({@code uq_TABLE_COLUMNS}) without
	 * blocking writes while its index is built: on PostgreSQL its unique index is built
	 * concurrently and the constraint then takes it over ({@code USING INDEX}), and the
	 * revision runs outside a transaction.
	 * @param table the table name
	 * @param columns the unique columns
	 * @see AddConstraint#concurrentIndex()
	 */
	public void addUniqueConcurrently(String table, String... columns) {
		addConstraintConcurrently(table, Constraint.unique(columns));
	}

	/**
	 * Add a primary key named by convention ({@code pk_TABLE}) without blocking writes
	 * while its index is built; see {@link #addUniqueConcurrently}.
	 * @param table the table name
	 * @param columns the key columns
	 * @see AddConstraint#concurrentIndex()
	 */
	public void addPrimaryKeyConcurrently(String table, String... columns) {
		addConstraintConcurrently(table, Constraint.primaryKey(columns));
	}

	/**
	 * Add a unique constraint or primary key without blocking writes while its index is
	 * built; see {@link #addUniqueConcurrently}.
	 * @param table the table name
	 * @param constraint the unique constraint or primary key
	 * @see AddConstraint#concurrentIndex()
	 */
	public void addConstraintConcurrently(String table, Constraint constraint) {
		invoke(new AddConstraint(table, constraint).withConcurrentIndex());
	}

	/**
	 * Add a foreign key named by convention ({@code fk_TABLE_COLUMN_REFERRED}) that
	 * checks new rows only, so adding it does not block writes while every row is read;
	 * {@link #validateConstraint} checks the existing rows in a later revision.
	 * @param table the referencing table
	 * @param columns the referencing columns
	 * @param referredTable the referenced table
	 * @param referredColumns the referenced columns
	 * @see AddConstraint#notValid()
	 */
	public void addForeignKeyNotValid(String table, List<String> columns, String referredTable,
			List<String> referredColumns) {
		addConstraintNotValid(table,
				new Constraint.ForeignKey(null, columns, referredTable, referredColumns, null, null));
	}

	/**
	 * Add a check constraint named by convention ({@code ck_TABLE_HASH}) that checks new
	 * rows only; {@link #validateConstraint} checks the existing rows in a later
	 * revision.
	 * @param table the table name
	 * @param expression the SQL condition every row must satisfy
	 * @see AddConstraint#notValid()
	 */
	public void addCheckNotValid(String table, String expression) {
		addConstraintNotValid(table, Constraint.check(expression));
	}

	/**
	 * Add a foreign key or check constraint that checks new rows only;
	 * {@link #validateConstraint} checks the existing rows in a later revision.
	 * @param table the table name
	 * @param constraint the constraint
	 * @see AddConstraint#notValid()
	 */
	public void addConstraintNotValid(String table, Constraint constraint) {
		invoke(new AddConstraint(table, constraint, true));
	}

	/**
	 * Check the existing rows against a constraint added not valid, without blocking
	 * writes (PostgreSQL; nothing to do on MariaDB and H2).
	 * @param table the table name
	 * @param name the constraint name, such as {@code fk_order_account_id_account}
	 * @see ValidateConstraint
	 */
	public void validateConstraint(String table, String name) {
		invoke(new ValidateConstraint(table, name));
	}

	/**
	 * Drop a constraint.
	 * @param name the constraint name
	 * @param table the table name
	 * @param kind the kind of constraint
	 */
	public void dropConstraint(String name, String table, ConstraintKind kind) {
		invoke(new DropConstraint(name, table, kind, null));
	}

	/**
	 * Drop a constraint, describing it so the drop can be reversed. Without a name the
	 * constraint is the one the naming convention named.
	 * @param table the table name
	 * @param definition the constraint
	 */
	public void dropConstraint(String table, Constraint definition) {
		invoke(new DropConstraint(definition.resolvedName(table), table, definition.kind(), definition));
	}

	/**
	 * Set the comment of a table.
	 * @param table the table name
	 * @param comment the comment
	 */
	public void setTableComment(String table, String comment) {
		invoke(new SetTableComment(table, comment, null));
	}

	/**
	 * Set the comment of a table, describing the comment it replaces so the change can be
	 * reversed.
	 * @param table the table name
	 * @param comment the comment
	 * @param existingComment the comment before the change
	 */
	public void setTableComment(String table, String comment, @Nullable String existingComment) {
		invoke(new SetTableComment(table, comment, existingComment));
	}

	/**
	 * Drop the comment of a table.
	 * @param table the table name
	 */
	public void dropTableComment(String table) {
		invoke(new SetTableComment(table, null, null));
	}

	/**
	 * Drop the comment of a table, describing it so the drop can be reversed.
	 * @param table the table name
	 * @param existingComment the comment before the change
	 */
	public void dropTableComment(String table, String existingComment) {
		invoke(new SetTableComment(table, null, existingComment));
	}

	/**
	 * Create an enum type (PostgreSQL):
	 * {@code op.createEnumType("mood", "happy", "sad")}.
	 * @param name the type name
	 * @param values the labels, in sort order
	 */
	public void createEnumType(String name, String... values) {
		invoke(new CreateEnumType(name, List.of(values)));
	}

	/**
	 * Drop an enum type.
	 * @param name the type name
	 */
	public void dropEnumType(String name) {
		invoke(new DropEnumType(name, null));
	}

	/**
	 * Drop an enum type, describing it so the drop can be reversed.
	 * @param name the type name
	 * @param values its labels, in sort order
	 */
	public void dropEnumType(String name, List<String> values) {
		invoke(new DropEnumType(name, new CreateEnumType(name, values)));
	}

	/**
	 * Add a value at the end of an enum type.
	 * @param type the type name
	 * @param value the new label
	 */
	public void addEnumValue(String type, String value) {
		invoke(new AddEnumValue(type, value, null, null));
	}

	/**
	 * Add a value to an enum type, sorting before an existing value.
	 * @param type the type name
	 * @param value the new label
	 * @param before the existing label
	 */
	public void addEnumValueBefore(String type, String value, String before) {
		invoke(new AddEnumValue(type, value, before, null));
	}

	/**
	 * Add a value to an enum type, sorting after an existing value.
	 * @param type the type name
	 * @param value the new label
	 * @param after the existing label
	 */
	public void addEnumValueAfter(String type, String value, String after) {
		invoke(new AddEnumValue(type, value, null, after));
	}

	/**
	 * Remove the last value of an enum type; fails when a row holds it. Its reverse adds
	 * it at the end again.
	 * @param type the type name
	 * @param value the label
	 */
	public void dropEnumValue(String type, String value) {
		invoke(new DropEnumValue(type, value, null, null));
	}

	/**
	 * Remove a value of an enum type that sorts before another; fails when a row holds
	 * it.
	 * @param type the type name
	 * @param value the label
	 * @param before the label it sorts before, where its reverse adds it again
	 */
	public void dropEnumValueBefore(String type, String value, String before) {
		invoke(new DropEnumValue(type, value, before, null));
	}

	/**
	 * Remove a value of an enum type that sorts after another; fails when a row holds it.
	 * @param type the type name
	 * @param value the label
	 * @param after the label it sorts after, where its reverse adds it again
	 */
	public void dropEnumValueAfter(String type, String value, String after) {
		invoke(new DropEnumValue(type, value, null, after));
	}

	/**
	 * Rename a value of an enum type.
	 * @param type the type name
	 * @param value the current label
	 * @param newValue the new label
	 */
	public void renameEnumValue(String type, String value, String newValue) {
		invoke(new RenameEnumValue(type, value, newValue));
	}

	/**
	 * Create a sequence with the database's defaults.
	 * @param name the sequence name
	 */
	public void createSequence(String name) {
		createSequence(name, null, SequenceOptions.options());
	}

	/**
	 * Create a sequence:
	 * {@code op.createSequence("order_no", options().start(1000).increment(10))}.
	 * @param name the sequence name
	 * @param options its options
	 */
	public void createSequence(String name, SequenceOptions options) {
		createSequence(name, null, options);
	}

	/**
	 * Create a sequence of a given integer type.
	 * @param name the sequence name
	 * @param type {@link SqlType#SMALLINT}, {@link SqlType#INTEGER} or
	 * {@link SqlType#BIGINT}, or {@code null} for the default
	 * @param options its options
	 */
	public void createSequence(String name, @Nullable SqlType type, SequenceOptions options) {
		invoke(new CreateSequence(name, type, options));
	}

	/**
	 * Change options of a sequence; without the existing options the change cannot be
	 * reversed.
	 * @param name the sequence name
	 * @param changes the options to change
	 */
	public void alterSequence(String name, SequenceOptions changes) {
		alterSequence(name, changes, SequenceOptions.options(), null);
	}

	/**
	 * Change options of a sequence, describing them before the change so it can be
	 * reversed.
	 * @param name the sequence name
	 * @param changes the options to change
	 * @param existing the options before the change
	 */
	public void alterSequence(String name, SequenceOptions changes, SequenceOptions existing) {
		alterSequence(name, changes, existing, null);
	}

	/**
	 * Change options of a sequence and restart it.
	 * @param name the sequence name
	 * @param changes the options to change
	 * @param existing the options before the change
	 * @param restartWith the value handed out next, or {@code null} to leave it
	 */
	public void alterSequence(String name, SequenceOptions changes, SequenceOptions existing,
			@Nullable Long restartWith) {
		invoke(new AlterSequence(name, changes, existing, restartWith));
	}

	/**
	 * Restart a sequence, so that it hands out the given value next.
	 * @param name the sequence name
	 * @param restartWith the next value
	 */
	public void restartSequence(String name, long restartWith) {
		alterSequence(name, SequenceOptions.options(), SequenceOptions.options(), restartWith);
	}

	/**
	 * Drop a sequence.
	 * @param name the sequence name
	 */
	public void dropSequence(String name) {
		invoke(new DropSequence(name, null));
	}

	/**
	 * Drop a sequence, describing it so the drop can be reversed.
	 * @param name the sequence name
	 * @param type its integer type, or {@code null} for the default
	 * @param options its options
	 */
	public void dropSequence(String name, @Nullable SqlType type, SequenceOptions options) {
		invoke(new DropSequence(name, new CreateSequence(name, type, options)));
	}

	/**
	 * Create a schema (PostgreSQL and H2; on MariaDB a schema is a database). Tables are
	 * put in it by qualified names: {@code op.createTable("audit.event", ...)}.
	 * @param name the schema name
	 */
	public void createSchema(String name) {
		invoke(new CreateSchema(name));
	}

	/**
	 * Drop a schema, which must be empty.
	 * @param name the schema name
	 */
	public void dropSchema(String name) {
		invoke(new DropSchema(name));
	}

	/**
	 * Make an existing column an identity column:
	 * {@code op.addIdentity("account", "id", IdentityGeneration.BY_DEFAULT)}. The rows
	 * keep their values and the identity continues after them (see {@link AddIdentity}).
	 * @param table the table name
	 * @param column the column name, {@code NOT NULL} and without a default
	 * @param generation whether the identity always gives the value or only by default
	 */
	public void addIdentity(String table, String column, IdentityGeneration generation) {
		addIdentity(table, column, generation, SequenceOptions.options());
	}

	/**
	 * Make an existing column an identity column with options of its sequence:
	 * {@code op.addIdentity("account", "id", IdentityGeneration.ALWAYS, options().start(1000))}.
	 * @param table the table name
	 * @param column the column name, {@code NOT NULL} and without a default
	 * @param generation whether the identity always gives the value or only by default
	 * @param options the options of its sequence
	 */
	public void addIdentity(String table, String column, IdentityGeneration generation, SequenceOptions options) {
		invoke(new AddIdentity(table, column, generation, options, false));
	}

	/**
	 * Make a PostgreSQL {@code serial} column an identity column: its default and the
	 * sequence it owns are dropped, and the identity continues after its values.
	 * @param table the table name
	 * @param column the column name
	 * @param generation whether the identity always gives the value or only by default
	 * @param options the options of the identity's sequence
	 */
	public void serialToIdentity(String table, String column, IdentityGeneration generation, SequenceOptions options) {
		invoke(new AddIdentity(table, column, generation, options, true));
	}

	/**
	 * Make an identity column a plain column; irreversible, as the identity is not
	 * described.
	 * @param table the table name
	 * @param column the column name
	 */
	public void dropIdentity(String table, String column) {
		invoke(new DropIdentity(table, column, null, SequenceOptions.options(), false));
	}

	/**
	 * Make an identity column a plain column, describing the identity so the drop can be
	 * reversed.
	 * @param table the table name
	 * @param column the column name
	 * @param existingGeneration the generation of the identity
	 * @param existingOptions the options of its sequence
	 */
	public void dropIdentity(String table, String column, IdentityGeneration existingGeneration,
			SequenceOptions existingOptions) {
		invoke(new DropIdentity(table, column, existingGeneration, existingOptions, false));
	}

	/**
	 * Make an identity column a PostgreSQL {@code serial} column: a sequence of its own,
	 * continuing after its values, gives its default (see {@link DropIdentity}).
	 * @param table the table name
	 * @param column the column name
	 * @param existingGeneration the generation of the identity
	 * @param existingOptions the options of its sequence
	 */
	public void identityToSerial(String table, String column, IdentityGeneration existingGeneration,
			SequenceOptions existingOptions) {
		invoke(new DropIdentity(table, column, existingGeneration, existingOptions, true));
	}

	/**
	 * Change an identity column:
	 * {@code op.alterIdentity("account", "id", (i) -> i.options(options().increment(10)).existingOptions(options().increment(1)))}.
	 * @param table the table name
	 * @param column the column name
	 * @param changes applies the changes to an {@link AlterIdentity} that changes nothing
	 */
	public void alterIdentity(String table, String column, UnaryOperator<AlterIdentity> changes) {
		invoke(changes.apply(AlterIdentity.of(table, column)));
	}

	/**
	 * Restart an identity column, so that it hands out the given value next; on MariaDB
	 * the table's next {@code AUTO_INCREMENT} value.
	 * @param table the table name
	 * @param column the column name
	 * @param restartWith the next value
	 */
	public void restartIdentity(String table, String column, long restartWith) {
		alterIdentity(table, column, (identity) -> identity.restartWith(restartWith));
	}

	/**
	 * Execute one SQL statement as written, online and offline alike. Guard
	 * dialect-specific SQL with {@link #dialectName()}.
	 * @param sql the statement, without a terminating semicolon
	 */
	public void execute(String sql) {
		invoke(new ExecuteSql(sql));
	}

	/**
	 * Insert rows of literal values. Rows may hold {@code null}, so build them with
	 * {@link java.util.Arrays#asList(Object...)} rather than {@link List#of}.
	 * @param table the table name
	 * @param columns the columns the values are for
	 * @param rows the rows; see {@link BulkInsert} for the supported value types
	 */
	public void bulkInsert(String table, List<String> columns, List<? extends List<?>> rows) {
		List<List<@Nullable Object>> copy = new ArrayList<>();
		rows.forEach((row) -> copy.add(new ArrayList<>(row)));
		invoke(new BulkInsert(table, columns, copy));
	}

}
