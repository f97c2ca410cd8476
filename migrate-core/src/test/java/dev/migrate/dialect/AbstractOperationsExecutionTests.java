package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.SqlType;
import dev.migrate.ops.ValidateConstraint;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.Constraint.check;
import static dev.migrate.ops.Constraint.foreignKey;
import static dev.migrate.ops.Constraint.unique;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BINARY;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.DATE;
import static dev.migrate.ops.SqlType.DOUBLE;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.JSON;
import static dev.migrate.ops.SqlType.REAL;
import static dev.migrate.ops.SqlType.SMALLINT;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIME;
import static dev.migrate.ops.SqlType.TIMESTAMP;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.character;
import static dev.migrate.ops.SqlType.decimal;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs the rendered SQL of every kind of operation on a real database and checks, through
 * queries and JDBC metadata, that each did what it says.
 */
abstract class AbstractOperationsExecutionTests {

	private final Dialect dialect;

	private final JdbcTemplate jdbc;

	AbstractOperationsExecutionTests(Dialect dialect, TestDatabase database) {
		this.dialect = dialect;
		this.jdbc = new JdbcTemplate(database.dataSource());
	}

	@Test
	void everyTypeAcceptsTrickyLiterals() {
		run(CreateTable.of("every_type", null,
				List.of(column("id", INTEGER).primaryKey(), column("flag", BOOLEAN), column("small", SMALLINT),
						column("big", BIGINT), column("amount", decimal(10, 2)), column("ratio", REAL),
						column("precise", DOUBLE), column("code", character(2)), column("name", varchar(100)),
						column("body", TEXT), column("day", DATE), column("at", TIME), column("stamp", TIMESTAMP),
						column("instant", TIMESTAMP_TZ), column("uid", SqlType.UUID), column("payload", BINARY),
						column("doc", JSON))));
		UUID uid = UUID.randomUUID();
		run(new BulkInsert("every_type",
				List.of("id", "flag", "small", "big", "amount", "name", "body", "day", "stamp", "uid", "payload"),
				List.of(Arrays.asList(1, true, (short) 7, Long.MAX_VALUE, new BigDecimal("12.50"), "O'Brien",
						"back\\slash \"quoted\" 'single' -- not a comment", LocalDate.of(2026, 1, 15),
						LocalDateTime.of(2026, 1, 15, 10, 30, 0, 123_000_000), uid, new byte[] { 0, 1, (byte) 0xff }),
						Arrays.asList(2, null, null, null, null, null, null, null, null, null, null))));
		assertThat(this.jdbc.queryForObject(select("name", "every_type") + " WHERE id = 1", String.class))
			.isEqualTo("O'Brien");
		assertThat(this.jdbc.queryForObject(select("body", "every_type") + " WHERE id = 1", String.class))
			.isEqualTo("back\\slash \"quoted\" 'single' -- not a comment");
		assertThat(this.jdbc.queryForObject(select("big", "every_type") + " WHERE id = 1", Long.class))
			.isEqualTo(Long.MAX_VALUE);
		assertThat(this.jdbc.queryForObject(select("amount", "every_type") + " WHERE id = 1", BigDecimal.class))
			.isEqualByComparingTo("12.5");
		assertThat(this.jdbc.queryForObject(select("day", "every_type") + " WHERE id = 1", LocalDate.class))
			.isEqualTo(LocalDate.of(2026, 1, 15));
		assertThat(this.jdbc.queryForObject(select("stamp", "every_type") + " WHERE id = 1", LocalDateTime.class))
			.isEqualTo(LocalDateTime.of(2026, 1, 15, 10, 30, 0, 123_000_000));
		assertThat(this.jdbc.queryForObject(select("payload", "every_type") + " WHERE id = 1", byte[].class))
			.containsExactly(0, 1, 0xff);
		assertThat(this.jdbc.queryForObject(select("uid", "every_type") + " WHERE id = 1", String.class))
			.isEqualToIgnoringCase(uid.toString());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM every_type WHERE flag IS NULL", Integer.class))
			.isOne();
	}

	@Test
	void constraintsOfCreateTableAreEnforced() {
		run(CreateTable.of("customer", "People who buy",
				List.of(column("id", BIGINT).identity().primaryKey(),
						column("email", varchar(255)).notNull().unique().comment("Login"),
						column("status", varchar(10)).notNull().defaultValue("'draft'"))));
		run(CreateTable.of("purchase", null, List.of(column("id", BIGINT).identity().primaryKey(),
				column("customer_id", BIGINT).notNull(), column("amount", INTEGER).notNull(),
				foreignKey(List.of("customer_id"), "customer", List.of("id")).onDelete(ForeignKeyAction.CASCADE),
				check("amount >= 0"))));
		this.jdbc.update("INSERT INTO customer (email) VALUES ('a@example.com')");
		long id = this.jdbc.queryForObject("SELECT id FROM customer", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT status FROM customer", String.class)).isEqualTo("draft");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO customer (email) VALUES ('a@example.com')"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO purchase (customer_id, amount) VALUES (?, -1)", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO purchase (customer_id, amount) VALUES (?, 1)", id + 1));
		this.jdbc.update("INSERT INTO purchase (customer_id, amount) VALUES (?, 5)", id);
		this.jdbc.update("DELETE FROM customer");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Integer.class)).isZero();
		assertThat(tableRemarks("customer")).isEqualTo("People who buy");
		assertThat(columnMetadata("customer", "email", "REMARKS")).isEqualTo("Login");
	}

	@Test
	void columnsAreAddedAlteredRenamedAndDropped() {
		run(CreateTable.of("member", null, List.of(column("id", INTEGER).primaryKey(), column("nick", varchar(5)))));
		run(new AddColumn("member", column("is_active", BOOLEAN).notNull().defaultValue("TRUE").comment("On?")));
		this.jdbc.update("INSERT INTO member (id, nick) VALUES (1, 'abc')");
		assertThat(this.jdbc.queryForObject("SELECT is_active FROM member", Boolean.class)).isTrue();
		run(AlterColumn.of("member", "nick")
			.type(varchar(50))
			.nullable(false)
			.defaultValue("'anon'")
			.comment("Shown")
			.existingType(varchar(5))
			.existingNullable(true));
		assertThat(columnMetadata("member", "nick", "COLUMN_SIZE")).isEqualTo("50");
		assertThat(columnMetadata("member", "nick", "IS_NULLABLE")).isEqualTo("NO");
		assertThat(columnMetadata("member", "nick", "REMARKS")).isEqualTo("Shown");
		this.jdbc.update("INSERT INTO member (id) VALUES (2)");
		assertThat(this.jdbc.queryForObject("SELECT nick FROM member WHERE id = 2", String.class)).isEqualTo("anon");
		run(AlterColumn.of("member", "nick").dropDefault().existingType(varchar(50)).existingNullable(false));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO member (id) VALUES (3)"));
		run(new RenameColumn("member", "nick", "nickname"));
		assertThat(this.jdbc.queryForObject("SELECT nickname FROM member WHERE id = 1", String.class)).isEqualTo("abc");
		AddColumn addCode = new AddColumn("member", column("code", varchar(3)).unique());
		run(addCode);
		assertThat(columnMetadata("member", "code", "COLUMN_NAME")).isNotNull();
		run(addCode.reverse());
		assertThat(columnMetadata("member", "code", "COLUMN_NAME")).isNull();
		run(new dev.migrate.ops.DropColumn("member", "is_active", null));
		assertThat(columnMetadata("member", "is_active", "COLUMN_NAME")).isNull();
	}

	@Test
	void indexesAndConstraintsAreAddedAndDroppedByName() {
		run(CreateTable.of("item", null, List.of(column("id", INTEGER).notNull(), column("sku", varchar(20)),
				column("parent_id", INTEGER), column("qty", INTEGER))));
		List<Operation> upgrade = List.of(new AddConstraint("item", dev.migrate.ops.Constraint.primaryKey("id")),
				new CreateIndex("ix_item_sku", "item", List.of("sku"), true),
				new AddConstraint("item", unique("parent_id", "qty")),
				new AddConstraint("item", foreignKey(List.of("parent_id"), "item", List.of("id"))),
				new AddConstraint("item", check("qty > 0")));
		upgrade.forEach(this::run);
		this.jdbc.update("INSERT INTO item (id, sku, parent_id, qty) VALUES (1, 'a', NULL, 1)");
		assertViolation("INSERT INTO item (id, sku, qty) VALUES (1, 'b', 1)");
		assertViolation("INSERT INTO item (id, sku, qty) VALUES (2, 'a', 1)");
		assertViolation("INSERT INTO item (id, sku, parent_id, qty) VALUES (2, 'b', 9, 1)");
		assertViolation("INSERT INTO item (id, sku, qty) VALUES (2, 'b', 0)");
		this.jdbc.update("INSERT INTO item (id, sku, parent_id, qty) VALUES (2, 'b', 1, 1)");
		assertViolation("INSERT INTO item (id, sku, parent_id, qty) VALUES (3, 'c', 1, 1)");
		for (int i = upgrade.size() - 1; i >= 0; i--) {
			run(upgrade.get(i).reverse());
		}
		this.jdbc.update("INSERT INTO item (id, sku, parent_id, qty) VALUES (1, 'a', 9, 0)");
		this.jdbc.update("INSERT INTO item (id, sku, parent_id, qty) VALUES (1, 'a', 9, 0)");
	}

	@Test
	void safeFormsRunAndReverse() {
		run(CreateTable.of("parent", null, List.of(column("id", INTEGER).primaryKey())));
		run(CreateTable.of("child", null,
				List.of(column("id", INTEGER).primaryKey(), column("parent_id", INTEGER), column("qty", INTEGER))));
		this.jdbc.update("INSERT INTO parent (id) VALUES (1)");
		this.jdbc.update("INSERT INTO child (id, parent_id, qty) VALUES (1, 1, 1)");
		AddConstraint foreignKey = new AddConstraint("child", foreignKey(List.of("parent_id"), "parent", List.of("id")),
				true);
		AddConstraint positive = new AddConstraint("child", check("qty > 0"), true);
		AddConstraint uniqueQty = new AddConstraint("child", unique("qty")).withConcurrentIndex();
		List<Operation> upgrade = List.of(
				new CreateIndex("ix_child_qty", "child", List.of("qty"), false).asConcurrent(), foreignKey, positive,
				new ValidateConstraint("child", foreignKey.name()), new ValidateConstraint("child", positive.name()),
				uniqueQty);
		upgrade.forEach(this::run);
		assertViolation("INSERT INTO child (id, parent_id, qty) VALUES (2, 9, 2)");
		assertViolation("INSERT INTO child (id, parent_id, qty) VALUES (2, 1, 0)");
		assertViolation("INSERT INTO child (id, parent_id, qty) VALUES (2, 1, 1)");
		assertThat(indexNames("child")).contains(stored("ix_child_qty"));
		for (int i = upgrade.size() - 1; i >= 0; i--) {
			run(upgrade.get(i).reverse());
		}
		this.jdbc.update("INSERT INTO child (id, parent_id, qty) VALUES (2, 9, 0)");
		this.jdbc.update("INSERT INTO child (id, parent_id, qty) VALUES (3, 9, 0)");
		assertThat(indexNames("child")).doesNotContain(stored("ix_child_qty"), stored("uq_child_qty"));
	}

	private List<String> indexNames(String table) {
		return this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			List<String> names = new ArrayList<>();
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet indexes = metaData.getIndexInfo(null, null, stored(metaData, table), false, false)) {
				while (indexes.next()) {
					names.add(indexes.getString("INDEX_NAME"));
				}
			}
			return names;
		});
	}

	private String stored(String name) {
		return this.jdbc.execute((ConnectionCallback<String>) (connection) -> stored(connection.getMetaData(), name));
	}

	@Test
	void tablesAreRenamedCommentedAndDropped() {
		CreateTable create = CreateTable.of("Mixed Case", null,
				List.of(column("user", INTEGER), column("a\"b", INTEGER)));
		run(create);
		run(new BulkInsert("Mixed Case", List.of("user", "a\"b"), List.of(List.of(1, 2))));
		run(new SetTableComment("Mixed Case", "It's \"quoted\"", null));
		assertThat(tableRemarks("Mixed Case")).isEqualTo("It's \"quoted\"");
		run(new SetTableComment("Mixed Case", null, "It's \"quoted\""));
		assertThat(tableRemarks("Mixed Case")).isNullOrEmpty();
		run(new RenameTable("Mixed Case", "order"));
		assertThat(this.jdbc.queryForObject(
				"SELECT " + this.dialect.quote("a\"b") + " FROM " + this.dialect.quote("order"), Integer.class))
			.isEqualTo(2);
		run(new ExecuteSql("DELETE FROM " + this.dialect.quote("order")));
		run(new RenameTable("Mixed Case", "order").reverse());
		run(create.reverse());
		assertThat(tableRemarks("Mixed Case")).isNull();
	}

	private void assertViolation(String sql) {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update(sql));
	}

	/**
	 * Run the statements of an operation on one connection, as a migration does: some set
	 * the session for the next ones.
	 */
	private void run(Operation operation) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (java.sql.Statement statement = connection.createStatement()) {
				for (String sql : this.dialect.render(operation)) {
					statement.execute(sql);
				}
			}
			return null;
		});
	}

	private String select(String column, String table) {
		return "SELECT " + this.dialect.quote(column) + " FROM " + this.dialect.quote(table);
	}

	private @Nullable String tableRemarks(String table) {
		return metadata((metaData) -> metaData.getTables(null, null, stored(metaData, table), null), "REMARKS");
	}

	private @Nullable String columnMetadata(String table, String column, String field) {
		return metadata(
				(metaData) -> metaData.getColumns(null, null, stored(metaData, table), stored(metaData, column)),
				field);
	}

	private String stored(DatabaseMetaData metaData, String name) throws SQLException {
		boolean unquoted = this.dialect.quote(name).equals(name);
		return (unquoted && metaData.storesUpperCaseIdentifiers()) ? name.toUpperCase(Locale.ROOT) : name;
	}

	private @Nullable String metadata(MetaDataQuery query, String field) {
		return this.jdbc.execute((Connection connection) -> {
			try (ResultSet rows = query.query(connection.getMetaData())) {
				String catalog = connection.getCatalog();
				while (rows.next()) {
					if (catalog == null || catalog.equals(rows.getString("TABLE_CAT"))) {
						return rows.getString(field);
					}
				}
				return null;
			}
		});
	}

	interface MetaDataQuery {

		ResultSet query(DatabaseMetaData metaData) throws SQLException;

	}

}
