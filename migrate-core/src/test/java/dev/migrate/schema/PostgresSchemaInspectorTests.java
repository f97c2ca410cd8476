package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.SqlType;
import dev.migrate.schema.Identity.Generation;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PostgresSchemaInspector} on a PostgreSQL database of this class's own.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class PostgresSchemaInspectorTests extends AbstractSchemaInspectorTests {

	PostgresSchemaInspectorTests(TestDatabases databases) {
		super(DatabaseKind.POSTGRESQL, databases);
	}

	@Test
	void inspectsEveryFeatureInTheCatalogsCanonicalText() {
		SchemaModel model = inspectScript();
		assertThat(model.tables().keySet()).containsExactly("customer", "legacy", "order_line");
		assertThat(model.enumTypes()).isEqualTo(Map.of("mood", new EnumType("mood", List.of("happy", "sad", "ok"))));
		assertThat(model.sequences()).isEqualTo(Map.of("invoice_number",
				new Sequence("invoice_number", "integer", 1000, 10, 1, Integer.MAX_VALUE, false)));

		Table customer = table(model, "customer");
		assertThat(customer.columns()).containsExactly(
				new Column("id", type("bigint", SqlType.BIGINT), false, null, new Identity(Generation.ALWAYS, 1L, 1L),
						null, null, null),
				new Column("email", type("character varying(255)", SqlType.varchar(255)), false, null, null, null, null,
						"login"),
				new Column("name", type("text", SqlType.TEXT), true, null, null, null, "C", null),
				new Column("created_at", type("timestamp with time zone", SqlType.TIMESTAMP_TZ), false, "now()", null,
						null, null, null),
				plain("updated_at", type("timestamp without time zone", SqlType.TIMESTAMP), "CURRENT_TIMESTAMP"),
				new Column("active", type("boolean", SqlType.BOOLEAN), false, "true", null, null, null, null),
				plain("balance", type("numeric(12,2)", SqlType.decimal(12, 2)), "0"),
				plain("status", ColumnType.raw("mood"), "'ok'::mood"), plain("token", type("uuid", SqlType.UUID), null),
				plain("profile", type("jsonb", SqlType.JSON), "'{}'::jsonb"),
				plain("settings", ColumnType.raw("json"), null), plain("tags", ColumnType.raw("text[]"), null),
				plain("code", type("character(3)", SqlType.character(3)), null),
				plain("ratio", type("double precision", SqlType.DOUBLE), null),
				plain("score", type("real", SqlType.REAL), null),
				plain("small", type("smallint", SqlType.SMALLINT), null),
				plain("birthday", type("date", SqlType.DATE), null),
				plain("wake", type("time without time zone", SqlType.TIME), null),
				plain("payload", type("bytea", SqlType.BINARY), null));
		assertThat(customer.comment()).isEqualTo("people who buy");
		assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("customer_pkey", List.of("id")));
		assertThat(customer.uniqueConstraints())
			.containsExactly(new UniqueConstraint("customer_email_key", List.of("email")));
		assertThat(customer.checkConstraints())
			.containsExactly(new CheckConstraint("customer_balance_check", "(balance >= (0)::numeric)"));
		assertThat(customer.foreignKeys()).isEmpty();
		assertThat(customer.indexes()).containsExactly(
				new Index("ix_customer_balance",
						List.of(IndexKey.column("balance").desc().withNullsFirst(false),
								IndexKey.column("small").withNullsFirst(true)),
						false, null, "btree"),
				new Index("ix_customer_lower_email", List.of(IndexKey.expression("lower(email::text)")), false, null,
						"btree"),
				new Index("ix_customer_recent", List.of(IndexKey.column("created_at").desc(), IndexKey.column("id")),
						false, "active", "btree"),
				new Index("ix_customer_tags", List.of(IndexKey.column("tags")), false, null, "gin"),
				new Index("ux_customer_token", List.of(IndexKey.column("token")), true, null, "btree"));

		Table legacy = table(model, "legacy");
		assertThat(legacy).isEqualTo(new Table("legacy",
				List.of(new Column("id", type("integer", SqlType.INTEGER), false, null,
						new Identity(Generation.SERIAL, 1L, 1L), null, null, null),
						plain("note", type("character varying(20)", SqlType.varchar(20)), "'none'::character varying")),
				new PrimaryKey("legacy_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null));

		Table orderLine = table(model, "order_line");
		assertThat(orderLine).isEqualTo(new Table("order_line",
				List.of(new Column("order_id", type("integer", SqlType.INTEGER), false, null, null, null, null, null),
						new Column("line_no", type("integer", SqlType.INTEGER), false, null, null, null, null, null),
						plain("customer_id", type("bigint", SqlType.BIGINT), null),
						plain("legacy_id", type("integer", SqlType.INTEGER), null),
						new Column("quantity", type("integer", SqlType.INTEGER), false, "1", null, null, null, null),
						new Column("amount", type("numeric(10,2)", SqlType.decimal(10, 2)), true, null, null,
								new GeneratedValue("((quantity)::numeric * 2.5)", true), null, null)),
				new PrimaryKey("order_line_pkey", List.of("order_id", "line_no")),
				List.of(new UniqueConstraint("order_line_line_no_order_id_key", List.of("line_no", "order_id")),
						new UniqueConstraint("uq_order_line_customer", List.of("customer_id", "order_id"))),
				List.of(new ForeignKey("fk_line_legacy", List.of("legacy_id"), "legacy", List.of("id"),
						ForeignKeyAction.SET_NULL, ForeignKeyAction.RESTRICT, true, true),
						ForeignKey.of("order_line_customer_id_fkey", List.of("customer_id"), "customer", List.of("id"),
								ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
				List.of(new CheckConstraint("ck_quantity", "(quantity > 0)")), List.of(), null));
	}

	@Test
	void inspectsANamedSchemaOtherThanTheCurrentOne() {
		try (TestDatabase scratch = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			execute(scratch, "create schema other", "create table other.thing (id integer primary key)",
					"create table here (id integer)");
			try (Connection connection = scratch.openConnection()) {
				SchemaModel other = SchemaInspectors.forDialect(new PostgresDialect())
					.inspect(connection, "other", EXCLUDED);
				assertThat(other.tables().keySet()).containsExactly("thing");
				assertThat(other.table("thing").primaryKey()).isEqualTo(new PrimaryKey("thing_pkey", List.of("id")));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	Generation identityGeneration() {
		return Generation.BY_DEFAULT;
	}

	private static ColumnType type(String text, SqlType sqlType) {
		return new ColumnType(text, sqlType);
	}

	private static Column plain(String name, ColumnType type, @Nullable String defaultValue) {
		return new Column(name, type, true, defaultValue, null, null, null, null);
	}

}
