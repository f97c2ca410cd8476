package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.migrate.dialect.MariaDbDialect;
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
 * {@link MariaDbSchemaInspector} on a MariaDB database of this class's own.
 */
@WithTestDatabases(DatabaseKind.MARIADB)
class MariaDbSchemaInspectorTests extends AbstractSchemaInspectorTests {

	private static final Identity AUTO_INCREMENT = Identity.of(Generation.AUTO_INCREMENT);

	MariaDbSchemaInspectorTests(TestDatabases databases) {
		super(DatabaseKind.MARIADB, databases);
	}

	@Test
	void inspectsEveryFeatureInTheCatalogsCanonicalText() {
		SchemaModel model = inspectScript();
		assertThat(model.tables().keySet()).containsExactly("customer", "legacy", "order_line");
		assertThat(model.enumTypes()).isEmpty();
		assertThat(model.sequences()).isEqualTo(Map.of("invoice_number",
				new Sequence("invoice_number", "bigint", 1000, 10, 1, Long.MAX_VALUE - 1, false)));

		Table customer = table(model, "customer");
		assertThat(customer.columns()).containsExactly(
				new Column("id", type("bigint(20)", SqlType.BIGINT), false, null, AUTO_INCREMENT, null, null, null),
				new Column("email", type("varchar(255)", SqlType.varchar(255)), false, null, null, null, null, "login"),
				new Column("name", type("varchar(100)", SqlType.varchar(100)), true, null, null, null, "utf8mb4_bin",
						null),
				new Column("created_at", ColumnType.raw("timestamp"), false, "current_timestamp()", null, null, null,
						null),
				new Column("updated_at", type("datetime(6)", SqlType.TIMESTAMP), true, "current_timestamp(6)", null,
						null, null, null, "current_timestamp(6)"),
				new Column("active", type("tinyint(1)", SqlType.BOOLEAN), false, "1", null, null, null, null),
				plain("balance", type("decimal(12,2)", SqlType.decimal(12, 2)), "0.00"),
				plain("status", ColumnType.raw("enum('happy','sad','ok')"), "'ok'"),
				plain("token", type("uuid", SqlType.UUID), null), plain("profile", type("json", SqlType.JSON), null),
				plain("bio", ColumnType.raw("text"), null),
				plain("code", type("char(3)", SqlType.character(3)), "'abc'"),
				plain("ratio", type("double", SqlType.DOUBLE), null), plain("score", type("float", SqlType.REAL), null),
				plain("small", type("smallint(6)", SqlType.SMALLINT), null),
				plain("birthday", type("date", SqlType.DATE), null), plain("wake", ColumnType.raw("time"), null),
				plain("payload", type("longblob", SqlType.BINARY), null),
				plain("nick", type("varchar(30)", SqlType.varchar(30)), null));
		assertThat(customer.comment()).isEqualTo("people who buy");
		assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("id")));
		assertThat(customer.uniqueConstraints())
			.containsExactly(new UniqueConstraint("customer_email_key", List.of("email")));
		assertThat(customer.checkConstraints()).as("the json_valid check of profile is MariaDB's own")
			.containsExactly(new CheckConstraint("CONSTRAINT_1", "`balance` >= 0"));
		assertThat(customer.foreignKeys()).isEmpty();
		assertThat(customer.indexes())
			.containsExactly(new Index("ft_customer_name", List.of(IndexKey.column("name")), false, null, "fulltext"),
					new Index("ix_customer_bio", List.of(new IndexKey("bio", null, false, 20)), false, null, "btree"),
					new Index("ix_customer_recent",
							List.of(IndexKey.column("created_at").desc(), IndexKey.column("id")), false, null,
							"btree"));

		assertThat(table(model, "legacy")).isEqualTo(new Table("legacy",
				List.of(new Column("id", type("int(11)", SqlType.INTEGER), false, null, AUTO_INCREMENT, null, null,
						null), plain("note", type("varchar(20)", SqlType.varchar(20)), "'none'")),
				new PrimaryKey("PRIMARY", List.of("id")), List.of(), List.of(), List.of(), List.of(), null));

		assertThat(table(model, "order_line")).as("the index MariaDB made for fk_line_legacy is left out")
			.isEqualTo(new Table("order_line", List.of(
					new Column("order_id", type("int(11)", SqlType.INTEGER), false, null, null, null, null, null),
					new Column("line_no", type("int(11)", SqlType.INTEGER), false, null, null, null, null, null),
					plain("customer_id", type("bigint(20)", SqlType.BIGINT), null),
					plain("legacy_id", type("int(11)", SqlType.INTEGER), null),
					new Column("quantity", type("int(11)", SqlType.INTEGER), false, "1", null, null, null, null),
					new Column("amount", type("decimal(10,2)", SqlType.decimal(10, 2)), true, null, null,
							new GeneratedValue("`quantity` * 2.5", true), null, null),
					new Column("doubled", type("int(11)", SqlType.INTEGER), true, null, null,
							new GeneratedValue("`quantity` * 2", false), null, null)),
					new PrimaryKey("PRIMARY", List.of("order_id", "line_no")),
					List.of(new UniqueConstraint("line_no", List.of("line_no", "order_id")),
							new UniqueConstraint("uq_order_line_customer", List.of("customer_id", "order_id"))),
					List.of(ForeignKey.of("fk_line_legacy", List.of("legacy_id"), "legacy", List.of("id"),
							ForeignKeyAction.SET_NULL, ForeignKeyAction.RESTRICT),
							ForeignKey.of("order_line_ibfk_1", List.of("customer_id"), "customer", List.of("id"),
									ForeignKeyAction.CASCADE, ForeignKeyAction.RESTRICT)),
					List.of(new CheckConstraint("ck_quantity", "`quantity` > 0")), List.of(), null));
	}

	@Test
	void inspectsANamedDatabaseOtherThanTheCurrentOne(TestDatabases databases) {
		try (TestDatabase other = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB)) {
			execute(other, "create table thing (id integer primary key)");
			try (Connection connection = databases.get(DatabaseKind.MARIADB).openConnection()) {
				SchemaModel model = SchemaInspectors.forDialect(new MariaDbDialect())
					.inspect(connection, other.name(), EXCLUDED);
				assertThat(model.tables().keySet()).containsExactly("thing");
				assertThat(model.table("thing").columns()).extracting(Column::name).containsExactly("id");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	Generation identityGeneration() {
		return Generation.AUTO_INCREMENT;
	}

	@Override
	SqlType inspectedType(SqlType created) {
		return (created.kind() == SqlType.Kind.TIMESTAMP_TZ) ? SqlType.TIMESTAMP : created;
	}

	@Override
	String primaryKeyName(String table) {
		return "PRIMARY";
	}

	@Override
	ForeignKeyAction defaultForeignKeyAction() {
		return ForeignKeyAction.RESTRICT;
	}

	private static ColumnType type(String text, SqlType sqlType) {
		return new ColumnType(text, sqlType);
	}

	private static Column plain(String name, ColumnType type, @Nullable String defaultValue) {
		return new Column(name, type, true, defaultValue, null, null, null, null);
	}

}
