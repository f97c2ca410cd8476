package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Column;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.IndexColumn;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationVisitor;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SequenceOptions;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.ValidateConstraint;

/**
 * The base of the built-in dialects: renders operations as ANSI-style SQL, with hooks for
 * what a database writes differently.
 */
public abstract class AbstractDialect implements Dialect, OperationVisitor<List<String>> {

	/**
	 * Indentation of the elements of a multi-line statement.
	 */
	protected static final String INDENT = "    ";

	private final String name;

	private final String productName;

	private final boolean transactionalDdl;

	private final IdentifierQuoter quoter;

	private final SqlLiterals literals;

	AbstractDialect(String name, String productName, boolean transactionalDdl, char quote,
			Set<String> extraReservedWords, SqlLiterals literals) {
		this.name = name;
		this.productName = productName;
		this.transactionalDdl = transactionalDdl;
		this.quoter = new IdentifierQuoter(quote, extraReservedWords);
		this.literals = literals;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean matches(String databaseProductName) {
		return this.productName.equalsIgnoreCase(databaseProductName);
	}

	@Override
	public boolean transactionalDdl() {
		return this.transactionalDdl;
	}

	@Override
	public List<String> render(Operation operation) {
		return operation.accept(this);
	}

	@Override
	public String quote(String identifier) {
		return this.quoter.quote(identifier);
	}

	@Override
	public String quoteQualified(String name) {
		return this.quoter.quoteQualified(name);
	}

	@Override
	public String literal(@Nullable Object value) {
		return this.literals.literal(value);
	}

	@Override
	public String typeName(SqlType type) {
		return switch (type.kind()) {
			case BOOLEAN -> "BOOLEAN";
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
			case REAL -> "REAL";
			case DOUBLE -> "DOUBLE PRECISION";
			case CHAR -> "CHAR(" + type.length() + ")";
			case VARCHAR -> "VARCHAR(" + type.length() + ")";
			case TEXT -> "TEXT";
			case DATE -> "DATE";
			case TIME -> "TIME";
			case TIMESTAMP -> "TIMESTAMP";
			case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
			case UUID -> "UUID";
			case BINARY -> "BYTEA";
			case JSON -> "JSON";
			case RAW -> String.valueOf(type.raw());
		};
	}

	@Override
	public List<String> visit(CreateTable operation) {
		List<String> elements = new ArrayList<>();
		operation.columns().forEach((column) -> elements.add(columnDefinition(column)));
		operation.allConstraints().forEach((constraint) -> elements.add(constraintDefinition(constraint)));
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + table(operation.table()) + " (\n" + INDENT
				+ String.join(",\n" + INDENT, elements) + "\n)");
		if (operation.comment() != null) {
			statements.addAll(tableComment(operation.table(), operation.comment()));
		}
		operation.columns()
			.stream()
			.filter((column) -> column.comment() != null)
			.forEach((column) -> statements.addAll(columnComment(operation.table(), column)));
		return statements;
	}

	@Override
	public List<String> visit(DropTable operation) {
		return List.of("DROP TABLE " + table(operation.table()));
	}

	@Override
	public List<String> visit(RenameTable operation) {
		return List.of("ALTER TABLE " + table(operation.table()) + " RENAME TO " + quote(operation.newName()));
	}

	@Override
	public List<String> visit(AddColumn operation) {
		Column column = operation.column();
		List<String> statements = new ArrayList<>();
		statements.add(alterTable(operation.table()) + "ADD COLUMN " + columnDefinition(column));
		if (column.comment() != null) {
			statements.addAll(columnComment(operation.table(), column));
		}
		if (column.isPrimaryKey()) {
			statements.addAll(render(new AddConstraint(operation.table(), Constraint.primaryKey(column.name()))));
		}
		if (column.isUnique()) {
			statements.addAll(render(new AddConstraint(operation.table(), Constraint.unique(column.name()))));
		}
		return statements;
	}

	@Override
	public List<String> visit(DropColumn operation) {
		return List.of(alterTable(operation.table()) + "DROP COLUMN " + quote(operation.column()));
	}

	@Override
	public List<String> visit(RenameColumn operation) {
		return List.of(alterTable(operation.table()) + "RENAME COLUMN " + quote(operation.column()) + " TO "
				+ quote(operation.newName()));
	}

	@Override
	public List<String> visit(AlterColumn operation) {
		String alterColumn = alterTable(operation.table()) + "ALTER COLUMN " + quote(operation.column()) + " ";
		List<String> statements = new ArrayList<>();
		if (operation.type() != null) {
			statements.add(alterColumn + "SET DATA TYPE " + typeName(operation.type()));
		}
		if (operation.nullable() != null) {
			statements.add(alterColumn + (operation.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
		}
		if (operation.defaultValue() != null) {
			statements.add(alterColumn + ((operation.defaultValue().isDrop()) ? "DROP DEFAULT"
					: "SET DEFAULT " + operation.defaultValue().value()));
		}
		if (operation.comment() != null) {
			statements.add("COMMENT ON COLUMN " + table(operation.table()) + "." + quote(operation.column()) + " IS "
					+ literal(operation.comment().value()));
		}
		return statements;
	}

	@Override
	public List<String> visit(CreateIndex operation) {
		String what = "create_index '" + operation.name() + "' on '" + operation.table() + "'";
		if (operation.where() != null && !supportsPartialIndexes()) {
			throw unsupported(what, name() + " has no partial indexes (WHERE " + operation.where()
					+ "); index all rows, or guard the call with op.dialectName()");
		}
		if (operation.hasExpressions() && !supportsExpressionIndexes()) {
			throw unsupported(what, name() + " indexes whole columns only, not expressions; add a generated column"
					+ " that holds the expression (op.execute(\"ALTER TABLE ... ADD COLUMN ... AS (...)\")) and index"
					+ " that column");
		}
		String keys = operation.columns().stream().map(this::indexKey).collect(Collectors.joining(", ", "(", ")"));
		return List.of("CREATE " + (operation.unique() ? "UNIQUE " : "") + "INDEX "
				+ (operation.concurrently() ? concurrently() : "") + quote(operation.name()) + " ON "
				+ table(operation.table()) + " " + keys
				+ ((operation.where() != null) ? " WHERE " + operation.where() : "")
				+ (operation.concurrently() ? withoutLock() : ""));
	}

	private String indexKey(IndexColumn key) {
		String target = (key.column() != null) ? quote(key.column()) : "(" + key.expression() + ")";
		return key.descending() ? target + " DESC" : target;
	}

	/**
	 * Whether this database indexes a subset of rows ({@code CREATE INDEX ... WHERE}).
	 * @return {@code true} where partial indexes exist
	 */
	protected boolean supportsPartialIndexes() {
		return false;
	}

	/**
	 * Whether this database indexes expressions, not only columns.
	 * @return {@code true} where expression indexes exist
	 */
	protected boolean supportsExpressionIndexes() {
		return false;
	}

	/**
	 * The keyword, with a trailing space, that builds or drops an index without blocking
	 * writes, where it comes before the index name.
	 * @return the keyword, empty where the database has none
	 */
	protected String concurrently() {
		return "";
	}

	/**
	 * The clause, with a leading space, that builds or drops an index without blocking
	 * writes, where it ends the statement.
	 * @return the clause, empty where the database has none
	 */
	protected String withoutLock() {
		return "";
	}

	@Override
	public List<String> visit(DropIndex operation) {
		String table = operation.table();
		String schema = (table.lastIndexOf('.') < 0) ? "" : table.substring(0, table.lastIndexOf('.') + 1);
		return List.of("DROP INDEX " + (operation.concurrently() ? concurrently() : "")
				+ quoteQualified(schema + operation.name()));
	}

	/**
	 * Add a constraint; one {@link AddConstraint#notValid() not valid} is added as usual,
	 * checking the existing rows, unless the dialect knows better.
	 */
	@Override
	public List<String> visit(AddConstraint operation) {
		return List.of(alterTable(operation.table()) + "ADD " + constraintDefinition(operation.constraint()));
	}

	/**
	 * Validate a constraint added not valid: nothing to do where the constraint was
	 * checked when it was added.
	 */
	@Override
	public List<String> visit(ValidateConstraint operation) {
		return List.of();
	}

	@Override
	public List<String> visit(DropConstraint operation) {
		return List.of(alterTable(operation.table()) + "DROP CONSTRAINT " + quote(operation.name()));
	}

	@Override
	public List<String> visit(SetTableComment operation) {
		return tableComment(operation.table(), operation.comment());
	}

	@Override
	public List<String> visit(ExecuteSql operation) {
		return List.of(operation.sql());
	}

	@Override
	public List<String> visit(BulkInsert operation) {
		if (operation.rows().isEmpty()) {
			return List.of();
		}
		String rows = operation.rows()
			.stream()
			.map((row) -> row.stream().map(this::literal).collect(Collectors.joining(", ", "(", ")")))
			.collect(Collectors.joining(",\n" + INDENT));
		return List.of("INSERT INTO " + table(operation.table()) + " " + columns(operation.columns()) + " VALUES\n"
				+ INDENT + rows);
	}

	@Override
	public List<String> visit(CreateEnumType operation) {
		throw noEnumTypes("create_enum_type '" + operation.name() + "'");
	}

	@Override
	public List<String> visit(DropEnumType operation) {
		throw noEnumTypes("drop_enum_type '" + operation.name() + "'");
	}

	@Override
	public List<String> visit(AddEnumValue operation) {
		throw noEnumTypes("add_enum_value '" + operation.value() + "' to '" + operation.type() + "'");
	}

	@Override
	public List<String> visit(DropEnumValue operation) {
		throw noEnumTypes("drop_enum_value '" + operation.value() + "' from '" + operation.type() + "'");
	}

	@Override
	public List<String> visit(RenameEnumValue operation) {
		throw noEnumTypes("rename_enum_value '" + operation.value() + "' of '" + operation.type() + "'");
	}

	private UnsupportedOperationForDialectException noEnumTypes(String operation) {
		return unsupported(operation, name() + " has no enum types; give the column an ENUM type of its own,"
				+ " raw(\"ENUM('a', 'b')\"), and change its values with op.alterColumn(...)");
	}

	@Override
	public List<String> visit(CreateSequence operation) {
		String type = (operation.type() != null) ? sequenceType(operation) : "";
		return List
			.of("CREATE SEQUENCE " + quoteQualified(operation.name()) + type + sequenceOptions(operation.options()));
	}

	/**
	 * The clause that gives a new sequence its value type.
	 * @param operation the creation, with a type
	 * @return the clause, with a leading space
	 */
	protected String sequenceType(CreateSequence operation) {
		return " AS " + typeName(Objects.requireNonNull(operation.type()));
	}

	@Override
	public List<String> visit(AlterSequence operation) {
		String restart = (operation.restartWith() != null) ? " RESTART WITH " + operation.restartWith() : "";
		return List
			.of("ALTER SEQUENCE " + quoteQualified(operation.name()) + sequenceOptions(operation.changes()) + restart);
	}

	@Override
	public List<String> visit(DropSequence operation) {
		return List.of("DROP SEQUENCE " + quoteQualified(operation.name()));
	}

	@Override
	public List<String> visit(CreateSchema operation) {
		return List.of("CREATE SCHEMA " + quote(operation.name()));
	}

	@Override
	public List<String> visit(DropSchema operation) {
		return List.of("DROP SCHEMA " + quote(operation.name()));
	}

	private String sequenceOptions(SequenceOptions options) {
		StringBuilder clauses = new StringBuilder();
		if (options.increment() != null) {
			clauses.append(" INCREMENT BY ").append(options.increment());
		}
		if (options.minValue() != null) {
			clauses.append(" MINVALUE ").append(options.minValue());
		}
		if (options.maxValue() != null) {
			clauses.append(" MAXVALUE ").append(options.maxValue());
		}
		if (options.start() != null) {
			clauses.append(" START WITH ").append(options.start());
		}
		if (options.cache() != null) {
			clauses.append(" CACHE ").append(options.cache());
		}
		if (options.cycle() != null) {
			clauses.append(options.cycle() ? " CYCLE" : " " + noCycle());
		}
		return clauses.toString();
	}

	/**
	 * The option that makes a sequence stop at its last value.
	 * @return the option
	 */
	protected String noCycle() {
		return "NO CYCLE";
	}

	/**
	 * A column as written in {@code CREATE TABLE} and {@code ADD COLUMN}.
	 * @param column the column
	 * @return the definition
	 */
	protected String columnDefinition(Column column) {
		StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
		if (column.isIdentity()) {
			definition.append(' ').append(identity());
		}
		if (column.defaultValue() != null) {
			definition.append(" DEFAULT ").append(column.defaultValue());
		}
		if (!column.isNullable()) {
			definition.append(" NOT NULL");
		}
		return definition.toString();
	}

	/**
	 * The clause that makes a column an identity column.
	 * @return the clause
	 */
	protected String identity() {
		return "GENERATED BY DEFAULT AS IDENTITY";
	}

	/**
	 * The statements that set or drop a table comment.
	 * @param table the table
	 * @param comment the comment, or {@code null} to drop it
	 * @return the statements
	 */
	protected List<String> tableComment(String table, @Nullable String comment) {
		return List.of("COMMENT ON TABLE " + table(table) + " IS " + literal(comment));
	}

	/**
	 * The statements that set the comment of a new column.
	 * @param table the table
	 * @param column the column, with a comment
	 * @return the statements
	 */
	protected List<String> columnComment(String table, Column column) {
		return render(AlterColumn.of(table, column.name()).comment(String.valueOf(column.comment())));
	}

	/**
	 * A named constraint as written in {@code CREATE TABLE} and
	 * {@code ALTER TABLE ... ADD}.
	 * @param constraint the constraint
	 * @return the definition
	 */
	protected String constraintDefinition(Constraint constraint) {
		String prefix = "CONSTRAINT " + quote(String.valueOf(constraint.name())) + " ";
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			return prefix + "PRIMARY KEY " + columns(primaryKey.columns());
		}
		if (constraint instanceof Constraint.Unique unique) {
			return prefix + "UNIQUE " + columns(unique.columns());
		}
		if (constraint instanceof Constraint.ForeignKey foreignKey) {
			return prefix + "FOREIGN KEY " + columns(foreignKey.columns()) + " REFERENCES "
					+ table(foreignKey.referredTable()) + " " + columns(foreignKey.referredColumns())
					+ action(" ON DELETE ", foreignKey.onDelete()) + action(" ON UPDATE ", foreignKey.onUpdate())
					+ deferral(foreignKey);
		}
		return prefix + "CHECK (" + ((Constraint.Check) constraint).expression() + ")";
	}

	private String deferral(Constraint.ForeignKey foreignKey) {
		if (foreignKey.deferral() == null) {
			return "";
		}
		if (!supportsDeferrableConstraints()) {
			throw unsupported("foreign key '" + foreignKey.name() + "'",
					name() + " checks every foreign key at once," + " it has no deferrable constraints; leave out "
							+ foreignKey.deferral().sql()
							+ ", and order the statements so each row's parent exists first");
		}
		return " " + foreignKey.deferral().sql();
	}

	/**
	 * Whether this database has deferrable constraints.
	 * @return {@code true} where {@code DEFERRABLE} exists
	 */
	protected boolean supportsDeferrableConstraints() {
		return false;
	}

	private String action(String clause, @Nullable ForeignKeyAction action) {
		return (action != null) ? clause + action.sql() : "";
	}

	/**
	 * The start of an {@code ALTER TABLE} statement: the keywords and the quoted table
	 * name, with a trailing space.
	 * @param table the table
	 * @return the start of the statement
	 */
	protected String alterTable(String table) {
		return "ALTER TABLE " + table(table) + " ";
	}

	/**
	 * A possibly qualified table name, quoted.
	 * @param table the table
	 * @return the quoted name
	 */
	protected String table(String table) {
		return quoteQualified(table);
	}

	/**
	 * A parenthesized list of quoted column names.
	 * @param columns the columns
	 * @return the list
	 */
	protected String columns(List<String> columns) {
		return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
	}

	/**
	 * The exception for an operation this dialect cannot render as asked.
	 * @param operation what was asked
	 * @param hint what is unsupported and what to do instead
	 * @return the exception
	 */
	protected UnsupportedOperationForDialectException unsupported(String operation, String hint) {
		return new UnsupportedOperationForDialectException(operation, name(), hint);
	}

	@Override
	public String toString() {
		return name();
	}

}
