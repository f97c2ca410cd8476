package dev.migrate.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.SqlType;
import dev.migrate.schema.Identity.Generation;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link H2SchemaInspector} on an in-memory H2 database of this class's own.
 */
@WithTestDatabases(DatabaseKind.H2)
class H2SchemaInspectorTests extends AbstractSchemaInspectorTests {

	H2SchemaInspectorTests(TestDatabases databases) {
		super(DatabaseKind.H2, databases);
	}

	@Test
	void inspectsEveryFeatureInTheCatalogsCanonicalText() {
		SchemaModel model = inspectScript();
		assertThat(model.tables().keySet()).containsExactly("CUSTOMER", "LEGACY", "ORDER_LINE");
		assertThat(model.enumTypes()).isEmpty();
		assertThat(model.sequences()).isEqualTo(
				Map.of("INVOICE_NUMBER", new Sequence("INVOICE_NUMBER", "BIGINT", 1000, 10, 1, Long.MAX_VALUE, false)));

		Table customer = table(model, "customer");
		assertThat(customer.columns()).containsExactly(
				new Column("ID", type("BIGINT", SqlType.BIGINT), false, null, new Identity(Generation.ALWAYS, 1L, 1L),
						null, null, null),
				new Column("EMAIL", type("CHARACTER VARYING(255)", SqlType.varchar(255)), false, null, null, null, null,
						"login"),
				new Column("CREATED_AT", type("TIMESTAMP WITH TIME ZONE", SqlType.TIMESTAMP_TZ), false,
						"CURRENT_TIMESTAMP", null, null, null, null),
				new Column("UPDATED_AT", ColumnType.raw("TIMESTAMP(3)"), true, "LOCALTIMESTAMP", null, null, null, null,
						"LOCALTIMESTAMP"),
				new Column("ACTIVE", type("BOOLEAN", SqlType.BOOLEAN), false, "TRUE", null, null, null, null),
				plain("BALANCE", type("NUMERIC(12, 2)", SqlType.decimal(12, 2)), "0"),
				plain("STATUS", ColumnType.raw("ENUM('happy', 'sad', 'o''k')"), "'happy'"),
				plain("TOKEN", type("UUID", SqlType.UUID), null), plain("PROFILE", type("JSON", SqlType.JSON), null),
				plain("BIO", ColumnType.raw("CHARACTER LARGE OBJECT"), null),
				plain("CODE", type("CHARACTER(3)", SqlType.character(3)), "'abc'"),
				plain("RATIO", type("DOUBLE PRECISION", SqlType.DOUBLE), null),
				plain("SCORE", type("REAL", SqlType.REAL), null),
				plain("SMALL", type("SMALLINT", SqlType.SMALLINT), null),
				plain("BIRTHDAY", type("DATE", SqlType.DATE), null), plain("WAKE", type("TIME", SqlType.TIME), null),
				plain("PAYLOAD", type("BINARY VARYING", SqlType.BINARY), null),
				plain("NOTE", type("CHARACTER VARYING", SqlType.TEXT), null));
		assertThat(customer.comment()).isEqualTo("people who buy");
		assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("CONSTRAINT_5", List.of("ID")));
		assertThat(customer.uniqueConstraints())
			.containsExactly(new UniqueConstraint("CUSTOMER_EMAIL_KEY", List.of("EMAIL")));
		assertThat(customer.checkConstraints())
			.containsExactly(new CheckConstraint("CONSTRAINT_52", "\"BALANCE\" >= CAST(0 AS NUMERIC(1))"));
		assertThat(customer.indexes()).as("the indexes behind constraints are H2's own")
			.containsExactly(
					new Index("IX_CUSTOMER_BALANCE",
							List.of(IndexKey.column("BALANCE").desc().withNullsFirst(true),
									IndexKey.column("SMALL").withNullsFirst(false)),
							false, null, null),
					new Index("IX_CUSTOMER_RECENT",
							List.of(IndexKey.column("CREATED_AT").desc(), IndexKey.column("ID")), false, null, null),
					new Index("UX_CUSTOMER_TOKEN", List.of(IndexKey.column("TOKEN")), true, null, null));

		assertThat(table(model, "legacy")).isEqualTo(new Table("LEGACY",
				List.of(new Column("ID", type("INTEGER", SqlType.INTEGER), false, null,
						new Identity(Generation.BY_DEFAULT, 10L, 5L), null, null, null),
						plain("NOTE", type("CHARACTER VARYING(20)", SqlType.varchar(20)), "'none'")),
				new PrimaryKey("CONSTRAINT_8", List.of("ID")), List.of(), List.of(), List.of(), List.of(), null));

		assertThat(table(model, "order_line")).isEqualTo(new Table("ORDER_LINE",
				List.of(new Column("ORDER_ID", type("INTEGER", SqlType.INTEGER), false, null, null, null, null, null),
						new Column("LINE_NO", type("INTEGER", SqlType.INTEGER), false, null, null, null, null, null),
						plain("CUSTOMER_ID", type("BIGINT", SqlType.BIGINT), null),
						plain("LEGACY_ID", type("INTEGER", SqlType.INTEGER), null),
						new Column("QUANTITY", type("INTEGER", SqlType.INTEGER), false, "1", null, null, null, null),
						new Column("AMOUNT", type("NUMERIC(10, 2)", SqlType.decimal(10, 2)), true, null, null,
								new GeneratedValue("\"QUANTITY\" * 2.5", false), null, null)),
				new PrimaryKey("CONSTRAINT_4", List.of("ORDER_ID", "LINE_NO")),
				List.of(new UniqueConstraint("CONSTRAINT_4B", List.of("LINE_NO", "ORDER_ID")),
						new UniqueConstraint("UQ_ORDER_LINE_CUSTOMER", List.of("CUSTOMER_ID", "ORDER_ID"))),
				List.of(ForeignKey.of("CONSTRAINT_4BB", List.of("CUSTOMER_ID"), "CUSTOMER", List.of("ID"),
						ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION),
						ForeignKey.of("FK_LINE_LEGACY", List.of("LEGACY_ID"), "LEGACY", List.of("ID"),
								ForeignKeyAction.SET_NULL, ForeignKeyAction.RESTRICT)),
				List.of(new CheckConstraint("CK_QUANTITY", "\"QUANTITY\" > 0")), List.of(), null));
	}

	@Override
	Generation identityGeneration() {
		return Generation.BY_DEFAULT;
	}

	@Override
	String stored(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	private static ColumnType type(String text, SqlType sqlType) {
		return new ColumnType(text, sqlType);
	}

	private static Column plain(String name, ColumnType type, @Nullable String defaultValue) {
		return new Column(name, type, true, defaultValue, null, null, null, null);
	}

}
