package dev.migrate.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.SequenceOptions;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.ValidateConstraint;
import dev.migrate.script.DdlTimeouts;

/**
 * PostgreSQL: transactional DDL, {@code JSONB}, {@code BYTEA} and identity columns,
 * partial and expression indexes, and enum types. A value added to an enum type cannot be
 * used in the transaction that added it, so {@link AddEnumValue} runs outside one.
 */
public final class PostgresDialect extends AbstractDialect {

	public PostgresDialect() {
		super("postgresql", "PostgreSQL", true, '"',
				IdentifierQuoter.words("analyse analyze array asymmetric current_role deferrable do initially lateral",
						"localtime localtimestamp only placing returning symmetric variadic window"),
				new SqlLiterals() {

					@Override
					String binary(byte[] value) {
						return "decode('" + HexFormat.of().formatHex(value) + "', 'hex')";
					}

				});
	}

	@Override
	public String typeName(SqlType type) {
		return (type.kind() == SqlType.Kind.JSON) ? "JSONB" : super.typeName(type);
	}

	/**
	 * A value added to an enum type, and an index built or dropped concurrently (also the
	 * one a constraint is added with), which PostgreSQL refuses inside a transaction
	 * block.
	 */
	@Override
	public boolean runsOutsideTransaction(Operation operation) {
		return operation instanceof AddEnumValue || (operation instanceof CreateIndex create && create.concurrently())
				|| (operation instanceof DropIndex drop && drop.concurrently())
				|| (operation instanceof AddConstraint add && add.concurrentIndex());
	}

	@Override
	protected boolean supportsPartialIndexes() {
		return true;
	}

	@Override
	protected boolean supportsExpressionIndexes() {
		return true;
	}

	@Override
	protected boolean supportsDeferrableConstraints() {
		return true;
	}

	@Override
	public List<String> visit(CreateEnumType operation) {
		return List.of("CREATE TYPE " + quoteQualified(operation.name()) + " AS ENUM "
				+ operation.values().stream().map(this::literal).collect(Collectors.joining(", ", "(", ")")));
	}

	@Override
	public List<String> visit(DropEnumType operation) {
		return List.of("DROP TYPE " + quoteQualified(operation.name()));
	}

	@Override
	public List<String> visit(AddEnumValue operation) {
		String position = (operation.before() != null) ? " BEFORE " + literal(operation.before())
				: (operation.after() != null) ? " AFTER " + literal(operation.after()) : "";
		return List.of("ALTER TYPE " + quoteQualified(operation.type()) + " ADD VALUE " + literal(operation.value())
				+ position);
	}

	/**
	 * PostgreSQL cannot remove a label: the type is renamed, made again with the other
	 * labels, each column of the old type converted (its default dropped and set again
	 * around the conversion), and the old type dropped; all in one {@code DO} block, so
	 * it also runs from a SQL script.
	 */
	@Override
	public List<String> visit(DropEnumValue operation) {
		String type = quoteQualified(operation.type());
		String simpleName = operation.type().substring(operation.type().lastIndexOf('.') + 1);
		String old = simpleName + "_migrate_old";
		String oldType = quoteQualified(
				operation.type().substring(0, operation.type().length() - simpleName.length()) + old);
		return List.of("""
				DO $migrate$
				DECLARE
				    col record;
				    labels text;
				BEGIN
				    SELECT string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder) INTO labels
				        FROM pg_enum WHERE enumtypid = %1$s::regtype AND enumlabel <> %2$s;
				    ALTER TYPE %3$s RENAME TO %4$s;
				    EXECUTE 'CREATE TYPE %5$s AS ENUM (' || coalesce(labels, '') || ')';
				    FOR col IN SELECT a.attrelid::regclass AS tab, quote_ident(a.attname) AS name,
				            pg_get_expr(d.adbin, d.adrelid) AS dflt
				        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
				        WHERE a.atttypid = %6$s::regtype AND NOT a.attisdropped LOOP
				        IF col.dflt IS NOT NULL THEN
				            EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%s DROP DEFAULT', col.tab, col.name);
				        END IF;
				        EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%s TYPE %5$s USING %%s::text::%5$s',
				            col.tab, col.name, col.name);
				        IF col.dflt IS NOT NULL THEN
				            EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%s SET DEFAULT %%s', col.tab, col.name,
				                replace(col.dflt, %8$s, %9$s));
				        END IF;
				    END LOOP;
				    DROP TYPE %7$s;
				END
				$migrate$""".formatted(literal(type), literal(operation.value()), type, quote(old),
				type.replace("'", "''"), literal(oldType), oldType, literal("::" + oldType), literal("::" + type)));
	}

	@Override
	public List<String> visit(RenameEnumValue operation) {
		return List.of("ALTER TYPE " + quoteQualified(operation.type()) + " RENAME VALUE " + literal(operation.value())
				+ " TO " + literal(operation.newValue()));
	}

	/**
	 * A {@code serial} column first loses its default and the sequence it owns; the
	 * identity then continues after the column's values.
	 */
	@Override
	public List<String> visit(AddIdentity operation) {
		if (!operation.fromSerial()) {
			return super.visit(operation);
		}
		List<String> statements = new ArrayList<>();
		statements.add(alterColumn(operation.table(), operation.column()) + "DROP DEFAULT");
		statements.add("DO $$BEGIN\nEXECUTE 'DROP SEQUENCE ' || " + ownedSequence(operation.table(), operation.column())
				+ ";\nEND$$");
		statements.addAll(super.visit(new AddIdentity(operation.table(), operation.column(), operation.generation(),
				operation.options(), false)));
		return statements;
	}

	/**
	 * Becoming a {@code serial} column, the column gets a sequence of its own type that
	 * it owns, named {@code TABLE_COLUMN_seq}, which gives its default and continues
	 * after its values.
	 */
	@Override
	public List<String> visit(DropIdentity operation) {
		if (!operation.toSerial()) {
			return super.visit(operation);
		}
		String table = operation.table();
		String column = operation.column();
		String sequence = quoteQualified(table + "_" + column + "_seq");
		String columnType = "(SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
				+ literal(table(table)) + "::regclass AND attname = " + literal(column) + ")";
		List<String> statements = new ArrayList<>();
		statements.add(alterColumn(table, column) + "DROP IDENTITY");
		statements.add("DO $$BEGIN\nEXECUTE " + literal("CREATE SEQUENCE " + sequence + " AS ") + " || " + columnType
				+ " || " + literal(" OWNED BY " + table(table) + "." + quote(column)) + ";\nEND$$");
		statements.add(alterColumn(table, column) + "SET DEFAULT nextval(" + literal(sequence) + "::regclass)");
		statements.addAll(continueIdentity(table, column, SequenceOptions.options()));
		return statements;
	}

	/**
	 * Sets the sequence to the largest value of the column (the smallest for a negative
	 * increment) when that is at or past the start, so the next value follows it.
	 */
	@Override
	protected List<String> continueIdentity(String table, String column, SequenceOptions options) {
		boolean descending = isDescending(options);
		long start = identityStart(options);
		String extreme = (descending ? "min(" : "max(") + quote(column) + ")";
		return List.of("DO $$BEGIN\nPERFORM setval(" + ownedSequence(table, column) + ", " + extreme + ") FROM "
				+ table(table) + " HAVING " + extreme + (descending ? " <= " : " >= ") + start + ";\nEND$$");
	}

	private String ownedSequence(String table, String column) {
		return "pg_get_serial_sequence(" + literal(table(table)) + ", " + literal(column) + ")";
	}

	@Override
	protected String concurrently() {
		return "CONCURRENTLY ";
	}

	@Override
	public List<String> visit(AddConstraint operation) {
		if (operation.concurrentIndex()) {
			return usingConcurrentIndex(operation);
		}
		List<String> statements = super.visit(operation);
		return operation.notValid() ? List.of(statements.get(0) + " NOT VALID") : statements;
	}

	/**
	 * The unique index built concurrently under the constraint's name, then taken over by
	 * the constraint without a scan.
	 */
	private List<String> usingConcurrentIndex(AddConstraint operation) {
		Constraint constraint = operation.constraint();
		List<String> columns = (constraint instanceof Constraint.Unique unique) ? unique.columns()
				: ((Constraint.PrimaryKey) constraint).columns();
		String keyword = (constraint.kind() == ConstraintKind.UNIQUE) ? "UNIQUE" : "PRIMARY KEY";
		List<String> statements = new ArrayList<>(
				render(new CreateIndex(operation.name(), operation.table(), columns, true).asConcurrent()));
		statements.add(alterTable(operation.table()) + "ADD CONSTRAINT " + quote(operation.name()) + " " + keyword
				+ " USING INDEX " + quote(operation.name()));
		return statements;
	}

	@Override
	public List<String> visit(ValidateConstraint operation) {
		return List.of(alterTable(operation.table()) + "VALIDATE CONSTRAINT " + quote(operation.name()));
	}

	/**
	 * {@code SET LOCAL} in the revision's transaction, which its end undoes; {@code SET}
	 * and {@code RESET} around a revision that runs outside one.
	 */
	@Override
	public List<String> setTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		String set = inTransaction ? "SET LOCAL " : "SET ";
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add(set + "lock_timeout = '" + timeouts.lockTimeout().toMillis() + "ms'");
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add(set + "statement_timeout = '" + timeouts.statementTimeout().toMillis() + "ms'");
		}
		return statements;
	}

	@Override
	public List<String> resetTimeouts(DdlTimeouts timeouts, boolean inTransaction) {
		String reset = inTransaction ? "SET LOCAL %s TO DEFAULT" : "RESET %s";
		List<String> statements = new ArrayList<>();
		if (timeouts.hasLockTimeout()) {
			statements.add(reset.formatted("lock_timeout"));
		}
		if (timeouts.hasStatementTimeout()) {
			statements.add(reset.formatted("statement_timeout"));
		}
		return statements;
	}

	@Override
	public boolean isLockTimeout(SQLException failure) {
		return "55P03".equals(failure.getSQLState());
	}

	@Override
	public boolean isStatementTimeout(SQLException failure) {
		return "57014".equals(failure.getSQLState());
	}

	@Override
	public MigrationLock lock() {
		return new PostgresAdvisoryLock();
	}

	@Override
	public Optional<BlockingSessions> blockingSessions() {
		return Optional.of(new PostgresBlockingSessions());
	}

}
