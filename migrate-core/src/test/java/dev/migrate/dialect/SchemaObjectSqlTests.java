package dev.migrate.dialect;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.SqlType;

import static dev.migrate.ops.IndexColumn.asc;
import static dev.migrate.ops.IndexColumn.desc;
import static dev.migrate.ops.IndexColumn.expression;
import static dev.migrate.ops.SequenceOptions.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Golden SQL of index keys and predicates, enum types, sequences and schemas on each
 * dialect, and the errors of what a database lacks.
 */
class SchemaObjectSqlTests {

	private static final Dialect POSTGRES = new PostgresDialect();

	private static final Dialect MARIADB = new MariaDbDialect();

	private static final Dialect H2 = new H2Dialect();

	private static final CreateIndex PARTIAL_EXPRESSION = new CreateIndex("ix_account_email", "account",
			List.of(expression("lower(email)"), desc("created_at")), true, "deleted_at IS NULL");

	@Test
	void indexKeysInDescendingOrderOnEveryDialect() {
		CreateIndex index = new CreateIndex("ix_event_at", "event", List.of(desc("at"), asc("Kind")), false, null);
		assertRenders(POSTGRES, index, "CREATE INDEX ix_event_at ON event (at DESC, \"Kind\")");
		assertRenders(MARIADB, index, "CREATE INDEX ix_event_at ON event (at DESC, `Kind`)");
		assertRenders(H2, index, "CREATE INDEX ix_event_at ON event (at DESC, \"Kind\")");
	}

	@Test
	void expressionAndPartialIndexOnPostgres() {
		assertRenders(POSTGRES, PARTIAL_EXPRESSION, "CREATE UNIQUE INDEX ix_account_email ON account "
				+ "((lower(email)), created_at DESC) WHERE deleted_at IS NULL");
	}

	@Test
	void partialAndExpressionIndexesFailClearlyWhereTheDatabaseHasNone() {
		CreateIndex partial = new CreateIndex("ix_a", "account", List.of(asc("email")), false, "deleted_at IS NULL");
		CreateIndex expression = new CreateIndex("ix_b", "account", List.of(expression("lower(email)")), false, null);
		for (Dialect dialect : List.of(MARIADB, H2)) {
			assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
				.isThrownBy(() -> dialect.render(partial))
				.withMessage("create_index 'ix_a' on 'account' is not supported on " + dialect.name() + ": "
						+ dialect.name() + " has no partial indexes (WHERE deleted_at IS NULL); index all rows, or"
						+ " guard the call with op.dialectName()");
			assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
				.isThrownBy(() -> dialect.render(expression))
				.withMessageStartingWith("create_index 'ix_b' on 'account' is not supported on " + dialect.name() + ": "
						+ dialect.name() + " indexes whole columns only, not expressions; add a generated" + " column");
		}
	}

	@Test
	void enumTypesOnPostgres() {
		assertRenders(POSTGRES, new CreateEnumType("app.mood", List.of("happy", "o'k")),
				"CREATE TYPE app.mood AS ENUM ('happy', 'o''k')");
		assertRenders(POSTGRES, new DropEnumType("mood", null), "DROP TYPE mood");
		assertRenders(POSTGRES, new AddEnumValue("mood", "sad", null, null), "ALTER TYPE mood ADD VALUE 'sad'");
		assertRenders(POSTGRES, new AddEnumValue("mood", "meh", "sad", null),
				"ALTER TYPE mood ADD VALUE 'meh' BEFORE 'sad'");
		assertRenders(POSTGRES, new AddEnumValue("Mood", "meh", null, "happy"),
				"ALTER TYPE \"Mood\" ADD VALUE 'meh' AFTER 'happy'");
		assertRenders(POSTGRES, new RenameEnumValue("mood", "sad", "blue"),
				"ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'");
	}

	@Test
	void droppingAnEnumValueMakesTheTypeAgainInOneBlock() {
		List<String> sql = POSTGRES.render(new DropEnumValue("mood", "sad", null, "happy"));
		assertThat(sql).singleElement()
			.asString()
			.startsWith("DO $migrate$")
			.contains("FROM pg_enum WHERE enumtypid = 'mood'::regtype AND enumlabel <> 'sad';")
			.contains("ALTER TYPE mood RENAME TO mood_migrate_old;")
			.contains("EXECUTE 'CREATE TYPE mood AS ENUM (' || coalesce(labels, '') || ')';")
			.contains("TYPE mood USING %s::text::mood")
			.contains("DROP TYPE mood_migrate_old;")
			.endsWith("$migrate$");
	}

	@Test
	void onlyAddingAnEnumValueRunsOutsideATransaction() {
		assertThat(POSTGRES.runsOutsideTransaction(new AddEnumValue("mood", "sad", null, null))).isTrue();
		assertThat(POSTGRES.runsOutsideTransaction(new DropEnumValue("mood", "sad", null, null))).isFalse();
		assertThat(POSTGRES.runsOutsideTransaction(new CreateEnumType("mood", List.of("a")))).isFalse();
	}

	@Test
	void enumTypesFailClearlyWhereTheDatabaseHasNone() {
		for (Dialect dialect : List.of(MARIADB, H2)) {
			assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
				.isThrownBy(() -> dialect.render(new AddEnumValue("mood", "sad", null, null)))
				.withMessage("add_enum_value 'sad' to 'mood' is not supported on " + dialect.name() + ": "
						+ dialect.name() + " has no enum types; give the column an ENUM type of its own,"
						+ " raw(\"ENUM('a', 'b')\"), and change its values with op.alterColumn(...)");
		}
	}

	@Test
	void sequencesWithEveryOption() {
		CreateSequence create = new CreateSequence("app.order_no", SqlType.INTEGER,
				options().start(1000).increment(10).minValue(1).maxValue(99999).cache(20).cycle(false));
		assertRenders(POSTGRES, create, "CREATE SEQUENCE app.order_no AS INTEGER INCREMENT BY 10 MINVALUE 1"
				+ " MAXVALUE 99999 START WITH 1000 CACHE 20 NO CYCLE");
		assertRenders(H2, create, "CREATE SEQUENCE app.order_no AS INTEGER INCREMENT BY 10 MINVALUE 1"
				+ " MAXVALUE 99999 START WITH 1000 CACHE 20 NO CYCLE");
		CreateSequence bigint = new CreateSequence("order_no", SqlType.BIGINT, options().start(5).cycle(true));
		assertRenders(MARIADB, bigint, "CREATE SEQUENCE order_no START WITH 5 CYCLE");
		assertRenders(MARIADB, new CreateSequence("order_no", null, options().cycle(false)),
				"CREATE SEQUENCE order_no NOCYCLE");
		assertRenders(POSTGRES, new CreateSequence("s", null, options()), "CREATE SEQUENCE s");
	}

	@Test
	void alterAndDropSequence() {
		AlterSequence alter = new AlterSequence("order_no", options().increment(5).maxValue(500),
				options().increment(1).maxValue(100), 42L);
		for (Dialect dialect : List.of(POSTGRES, MARIADB, H2)) {
			assertRenders(dialect, alter, "ALTER SEQUENCE order_no INCREMENT BY 5 MAXVALUE 500 RESTART WITH 42");
			assertRenders(dialect, new DropSequence("order_no", null), "DROP SEQUENCE order_no");
		}
	}

	@Test
	void sequenceTypesOtherThanBigintFailClearlyOnMariaDb() {
		assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
			.isThrownBy(() -> MARIADB.render(new CreateSequence("s", SqlType.SMALLINT, options())))
			.withMessage("create_sequence 's' is not supported on mariadb: MariaDB before 11.5 counts sequences in"
					+ " BIGINT only, not smallint; leave the type out and bound the values with"
					+ " options().maxValue(...)");
	}

	@Test
	void deferrableForeignKeysOnPostgres() {
		assertRenders(POSTGRES,
				new AddConstraint("orders",
						Constraint.foreignKey(List.of("account_id"), "account", List.of("id")).initiallyDeferred()),
				"ALTER TABLE orders ADD CONSTRAINT fk_orders_account_id_account FOREIGN KEY (account_id)"
						+ " REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED");
		assertRenders(POSTGRES,
				new AddConstraint("orders",
						Constraint.foreignKey(List.of("account_id"), "account", List.of("id"))
							.onDelete(ForeignKeyAction.CASCADE)
							.deferrable()),
				"ALTER TABLE orders ADD CONSTRAINT fk_orders_account_id_account FOREIGN KEY (account_id)"
						+ " REFERENCES account (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE");
	}

	@Test
	void deferrableForeignKeysFailClearlyWhereTheDatabaseHasNone() {
		AddConstraint deferred = new AddConstraint("orders",
				Constraint.foreignKey(List.of("account_id"), "account", List.of("id")).initiallyDeferred());
		for (Dialect dialect : List.of(MARIADB, H2)) {
			assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
				.isThrownBy(() -> dialect.render(deferred))
				.withMessage("foreign key 'fk_orders_account_id_account' is not supported on " + dialect.name() + ": "
						+ dialect.name() + " checks every foreign key at once, it has no deferrable constraints;"
						+ " leave out DEFERRABLE INITIALLY DEFERRED, and order the statements so each row's parent"
						+ " exists first");
		}
	}

	@Test
	void schemasOnEveryDialectQuotedWhereNeeded() {
		for (Dialect dialect : List.of(POSTGRES, MARIADB, H2)) {
			assertRenders(dialect, new CreateSchema("audit"), "CREATE SCHEMA audit");
			assertRenders(dialect, new DropSchema("audit"), "DROP SCHEMA audit");
		}
		assertRenders(POSTGRES, new CreateSchema("Audit"), "CREATE SCHEMA \"Audit\"");
		assertRenders(MARIADB, new CreateSchema("Audit"), "CREATE SCHEMA `Audit`");
		assertRenders(H2, new DropSchema("AUDIT"), "DROP SCHEMA \"AUDIT\"");
	}

	private static void assertRenders(Dialect dialect, Operation operation, String... expected) {
		assertThat(dialect.render(operation)).containsExactly(expected);
	}

}
