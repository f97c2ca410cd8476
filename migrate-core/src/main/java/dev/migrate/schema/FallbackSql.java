package dev.migrate.schema;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.schema.Identity.Generation;

/**
 * The SQL of column changes the operations API has no operation for yet, on PostgreSQL:
 * switching a column between {@code serial} and identity. Each change is one statement,
 * so it stays one operation each way.
 */
final class FallbackSql {

	private static final String POSTGRESQL = "postgresql";

	private final Dialect dialect;

	FallbackSql(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The change that switches a column between {@code serial} and identity, keeping its
	 * next value.
	 * @param table the table
	 * @param from the column as it is
	 * @param to the column as it should be
	 * @return the change, or {@code null} when there is no SQL for it
	 */
	@Nullable SchemaChange identityChange(String table, Column from, Column to) {
		Identity before = from.identity();
		Identity after = to.identity();
		if (!POSTGRESQL.equals(this.dialect.name()) || before == null || after == null || !isDefaultSequence(before)
				|| !isDefaultSequence(after)) {
			return null;
		}
		boolean toSerial = after.generation() == Generation.SERIAL;
		boolean fromSerial = before.generation() == Generation.SERIAL;
		if (toSerial == fromSerial) {
			return null;
		}
		String description = "alter column " + table + "." + to.name() + ": " + Descriptions.identity(before) + " -> "
				+ Descriptions.identity(after);
		return toSerial ? new SchemaChange(toSerial(table, to), toIdentity(table, from, before), description, Set.of())
				: new SchemaChange(toIdentity(table, to, after), toSerial(table, from), description, Set.of());
	}

	private static boolean isDefaultSequence(Identity identity) {
		return (identity.start() == null || identity.start() == 1)
				&& (identity.increment() == null || identity.increment() == 1);
	}

	private ExecuteSql toIdentity(String table, Column column, Identity identity) {
		String alter = alterColumn(table, column);
		String sequence = "pg_get_serial_sequence(" + this.dialect.literal(this.dialect.quoteQualified(table)) + ", "
				+ this.dialect.literal(column.name()) + ")";
		return new ExecuteSql("DO $$BEGIN\n" + alter + " DROP DEFAULT;\nEXECUTE 'DROP SEQUENCE ' || " + sequence + ";\n"
				+ alter + " ADD GENERATED " + ((identity.generation() == Generation.ALWAYS) ? "ALWAYS" : "BY DEFAULT")
				+ " AS IDENTITY;\n" + nextValue(table, column, sequence) + "END$$");
	}

	private ExecuteSql toSerial(String table, Column column) {
		String alter = alterColumn(table, column);
		String sequence = this.dialect.quoteQualified(table + "_" + column.name() + "_seq");
		String sequenceLiteral = this.dialect.literal(sequence);
		return new ExecuteSql("DO $$BEGIN\n" + alter + " DROP IDENTITY;\nCREATE SEQUENCE " + sequence + " AS "
				+ column.type().text() + " OWNED BY " + this.dialect.quoteQualified(table) + "."
				+ this.dialect.quote(column.name()) + ";\n" + alter + " SET DEFAULT nextval(" + sequenceLiteral
				+ "::regclass);\n" + nextValue(table, column, sequenceLiteral) + "END$$");
	}

	private String nextValue(String table, Column column, String sequence) {
		return "PERFORM setval(" + sequence + ", coalesce((SELECT max(" + this.dialect.quote(column.name()) + ") FROM "
				+ this.dialect.quoteQualified(table) + "), 0) + 1, false);\n";
	}

	private String alterColumn(String table, Column column) {
		return "ALTER TABLE " + this.dialect.quoteQualified(table) + " ALTER COLUMN "
				+ this.dialect.quote(column.name());
	}

}
