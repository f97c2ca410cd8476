package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.NamingConvention;
import dev.migrate.ops.Operation;
import dev.migrate.ops.SqlType;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.Constraint.check;
import static dev.migrate.ops.Constraint.foreignKey;
import static dev.migrate.ops.Constraint.primaryKey;
import static dev.migrate.ops.Constraint.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every {@link SchemaInspector} does, on a real database of its dialect: the
 * subclass's DDL script ({@code schema/<dialect>.sql}) is inspected the same way in two
 * databases, migrate's tables are left out, and a schema made by migrate's own operations
 * inspects as those operations describe it.
 */
abstract class AbstractSchemaInspectorTests {

	static final Set<String> EXCLUDED = Set.of("migrate_version", "migrate_history");

	private static final List<SqlType> ALL_TYPES = List.of(SqlType.BOOLEAN, SqlType.SMALLINT, SqlType.INTEGER,
			SqlType.BIGINT, SqlType.decimal(12, 3), SqlType.REAL, SqlType.DOUBLE, SqlType.character(2),
			SqlType.varchar(40), SqlType.TEXT, SqlType.DATE, SqlType.TIME, SqlType.TIMESTAMP, SqlType.TIMESTAMP_TZ,
			SqlType.UUID, SqlType.BINARY, SqlType.JSON);

	private final DatabaseKind kind;

	private final Dialect dialect;

	private final SchemaInspector inspector;

	private final TestDatabase database;

	AbstractSchemaInspectorTests(DatabaseKind kind, TestDatabases databases) {
		this.kind = kind;
		this.dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
		this.inspector = SchemaInspectors.forDialect(this.dialect);
		this.database = databases.get(kind);
	}

	/**
	 * The class's own database with the DDL script run in it, inspected.
	 */
	SchemaModel inspectScript() {
		runScript(this.database);
		return inspect(this.database);
	}

	@Test
	void sameDdlInTwoDatabasesGivesEqualModels() {
		try (TestDatabase one = DatabaseServers.shared().createDatabase(this.kind);
				TestDatabase other = DatabaseServers.shared().createDatabase(this.kind)) {
			runScript(one);
			runScript(other);
			SchemaModel model = inspect(one);
			assertThat(model.tables()).isNotEmpty();
			assertThat(inspect(other)).isEqualTo(model);
		}
	}

	@Test
	void leavesOutExcludedTablesAndViews() {
		try (TestDatabase scratch = DatabaseServers.shared().createDatabase(this.kind)) {
			execute(scratch, "create table migrate_version (version_num varchar(32) not null)",
					"create table kept (id integer not null)", "create view kept_view as select id from kept");
			assertThat(inspect(scratch).tables().keySet()).containsExactly(stored("kept"));
			assertThat(inspect(scratch, Set.of()).tables().keySet()).containsExactly(stored("kept"),
					stored("migrate_version"));
		}
	}

	@Test
	void schemaMadeByOperationsInspectsAsTheOperationsDescribeIt() {
		List<Operation> operations = List.of(
				new CreateTable("parent",
						List.of(column("id", SqlType.BIGINT).identity().primaryKey(),
								column("code", SqlType.varchar(20)).notNull().unique().comment("the code")),
						List.of(), "the parents"),
				CreateTable.of("child", null,
						List.of(column("id", SqlType.INTEGER).notNull(), column("seq", SqlType.SMALLINT).notNull(),
								column("parent_id", SqlType.BIGINT), column("price", SqlType.decimal(10, 2)),
								primaryKey("id", "seq"), unique("parent_id", "seq"),
								foreignKey(List.of("parent_id"), "parent", List.of("id"))
									.onDelete(ForeignKeyAction.CASCADE),
								check("price >= 0"))),
				new CreateIndex("ix_child_price", "child", List.of("price"), false),
				CreateTable.of("every_type", null,
						ALL_TYPES.stream()
							.map((type) -> column("c_" + type.kind().name().toLowerCase(Locale.ROOT), type))
							.toList()));
		try (TestDatabase scratch = DatabaseServers.shared().createDatabase(this.kind)) {
			execute(scratch,
					operations.stream()
						.flatMap((operation) -> this.dialect.render(operation).stream())
						.toArray(String[]::new));
			SchemaModel model = inspect(scratch);
			assertThat(model.tables().keySet()).containsExactly(stored("child"), stored("every_type"),
					stored("parent"));

			Table parent = table(model, "parent");
			assertThat(parent.columns()).extracting(Column::name).containsExactly(stored("id"), stored("code"));
			Column id = columnOf(parent, "id");
			assertThat(id.nullable()).isFalse();
			assertThat(id.identity()).isNotNull();
			assertThat(id.identity().generation()).isEqualTo(identityGeneration());
			assertThat(id.type().sqlType()).isEqualTo(SqlType.BIGINT);
			Column code = columnOf(parent, "code");
			assertThat(code.type().sqlType()).isEqualTo(SqlType.varchar(20));
			assertThat(code.nullable()).isFalse();
			assertThat(code.comment()).isEqualTo("the code");
			assertThat(parent.comment()).isEqualTo("the parents");
			assertThat(parent.primaryKey()).isEqualTo(new PrimaryKey(primaryKeyName("parent"), List.of(stored("id"))));
			assertThat(parent.uniqueConstraints()).containsExactly(new UniqueConstraint(
					stored(NamingConvention.unique("parent", List.of("code"))), List.of(stored("code"))));

			Table child = table(model, "child");
			assertThat(child.primaryKey())
				.isEqualTo(new PrimaryKey(primaryKeyName("child"), List.of(stored("id"), stored("seq"))));
			assertThat(child.uniqueConstraints()).containsExactly(
					new UniqueConstraint(stored(NamingConvention.unique("child", List.of("parent_id", "seq"))),
							List.of(stored("parent_id"), stored("seq"))));
			assertThat(child.foreignKeys()).containsExactly(
					ForeignKey.of(stored(NamingConvention.foreignKey("child", List.of("parent_id"), "parent")),
							List.of(stored("parent_id")), stored("parent"), List.of(stored("id")),
							ForeignKeyAction.CASCADE, defaultForeignKeyAction()));
			assertThat(child.checkConstraints()).extracting(CheckConstraint::name)
				.containsExactly(stored(NamingConvention.check("child", "price >= 0")));
			assertThat(child.indexes()).extracting(Index::name, Index::plainColumns, Index::unique)
				.containsExactly(tuple(stored("ix_child_price"), List.of(stored("price")), false));
			assertThat(child.comment()).isNull();

			Table everyType = table(model, "every_type");
			assertThat(everyType.columns()).extracting((column) -> column.type().sqlType())
				.containsExactlyElementsOf(ALL_TYPES.stream().map(this::inspectedType).toList());
			assertThat(everyType.columns()).allSatisfy((column) -> {
				assertThat(column.nullable()).isTrue();
				assertThat(column.defaultValue()).isNull();
				assertThat(column.identity()).isNull();
			});
		}
	}

	/**
	 * The type an inspection reports for a column created with the given type: the same,
	 * unless the dialect renders two types alike.
	 */
	SqlType inspectedType(SqlType created) {
		return created;
	}

	abstract Identity.Generation identityGeneration();

	String primaryKeyName(String table) {
		return stored(NamingConvention.primaryKey(table));
	}

	ForeignKeyAction defaultForeignKeyAction() {
		return ForeignKeyAction.NO_ACTION;
	}

	/**
	 * An unquoted name as the database stores it.
	 */
	String stored(String name) {
		return name;
	}

	Column columnOf(Table table, String name) {
		Column column = table.column(stored(name));
		assertThat(column).as("column %s", name).isNotNull();
		return column;
	}

	Table table(SchemaModel model, String name) {
		Table table = model.table(stored(name));
		assertThat(table).as("table %s", name).isNotNull();
		return table;
	}

	SchemaModel inspect(TestDatabase database) {
		return inspect(database, EXCLUDED);
	}

	private SchemaModel inspect(TestDatabase database, Set<String> excluded) {
		try (Connection connection = database.openConnection()) {
			return this.inspector.inspect(connection, null, excluded);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void runScript(TestDatabase database) {
		try (Connection connection = database.openConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("schema/" + this.dialect.name() + ".sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void execute(TestDatabase database, String... statements) {
		try (Connection connection = database.openConnection()) {
			for (String sql : statements) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
