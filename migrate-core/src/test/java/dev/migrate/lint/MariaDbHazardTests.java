package dev.migrate.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.script.Migration;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.migrate.lint.HazardSessions.execute;
import static dev.migrate.lint.HazardSessions.queryInt;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * For each rule that concerns MariaDB, the hazard it reports really happens on MariaDB,
 * and the safe counterpart it does not report does not. A table copy shows as InnoDB
 * refusing the statement with {@code ALGORITHM=INPLACE} (error 1846 or 1845, "Try
 * ALGORITHM=COPY"); an in-place change runs with {@code ALGORITHM=INSTANT} or
 * {@code INPLACE, LOCK=NONE}.
 */
@WithTestDatabases(DatabaseKind.MARIADB)
class MariaDbHazardTests {

	private static final ServerVersion MARIADB_10_11 = new ServerVersion(10, 11);

	private final TestDatabase database;

	MariaDbHazardTests(TestDatabases databases) {
		this.database = databases.mariadb();
	}

	@BeforeEach
	void createTables() throws SQLException {
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "DROP TABLE IF EXISTS orders", "DROP TABLE IF EXISTS account",
					"CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(10), email VARCHAR(50), score INT)"
							+ " DEFAULT CHARSET=utf8mb4",
					"INSERT INTO account VALUES (1, 'ann', 'ann@example.com', 1), (2, 'bob', 'bob@example.com', 2)",
					"CREATE TABLE orders (id INT PRIMARY KEY, account_id INT, KEY ix_orders_account (account_id))",
					"INSERT INTO orders VALUES (1, 1)");
		}
	}

	@Test
	void integerToBigintCopiesTheTable() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, IntegerToBigint.class))
			.containsExactly("mariadb-table-copy");
		assertCopies(IntegerToBigint.class);
	}

	@Test
	void varcharGrowingPast255BytesFromMoreThan127CopiesTheTable() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, WidenEmail.class)).containsExactly("mariadb-table-copy");
		assertCopies(WidenEmail.class);
	}

	@Test
	void varcharGrowingFromAtMost127BytesIsNotReportedAndInstant() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, WidenName.class)).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			for (String sql : Lint.upgradeSql("mariadb", WidenName.class)) {
				execute(connection, sql + ", ALGORITHM=INSTANT");
			}
		}
	}

	@Test
	void beforeMariaDb104AVarcharGrowingPast255BytesIsReported() {
		assertThat(Lint.javaCodes("mariadb", new ServerVersion(10, 3), WidenName.class))
			.containsExactly("mariadb-table-copy");
	}

	@Test
	void foreignKeyWithChecksOnCopiesTheTable() throws SQLException {
		String sql = "ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES account (id)";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, sql + ";")).containsExactly("mariadb-table-copy");
		try (Connection connection = this.database.openConnection()) {
			assertRefusedInPlace(connection, sql + ", ALGORITHM=INPLACE");
		}
	}

	@Test
	void foreignKeyAddedNotValidIsNotReportedAndAddedInPlace() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, ForeignKeyNotValid.class)).isEmpty();
		List<String> statements = Lint.upgradeSql("mariadb", ForeignKeyNotValid.class);
		assertThat(statements.get(1)).endsWith(", ALGORITHM=INPLACE, LOCK=NONE");
		try (Connection connection = this.database.openConnection()) {
			for (String sql : statements) {
				execute(connection, sql);
			}
			assertThat(queryInt(connection, "SELECT @@foreign_key_checks")).isOne();
		}
		String sql = "SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (account_id)"
				+ " REFERENCES account (id);";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, sql)).isEmpty();
	}

	@Test
	void checkConstraintCopiesTheTable() throws SQLException {
		String sql = "ALTER TABLE account ADD CONSTRAINT ck_score CHECK (score > 0)";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, sql + ";")).containsExactly("mariadb-table-copy");
		try (Connection connection = this.database.openConnection()) {
			assertRefusedInPlace(connection, sql + ", ALGORITHM=INPLACE");
		}
	}

	@Test
	void droppingThePrimaryKeyCopiesTheTable() throws SQLException {
		String sql = "ALTER TABLE account DROP PRIMARY KEY";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, sql + ";")).containsExactly("mariadb-table-copy");
		try (Connection connection = this.database.openConnection()) {
			assertRefusedInPlace(connection, sql + ", ALGORITHM=INPLACE");
		}
	}

	@Test
	void storedGeneratedColumnCopiesTheTableAndAVirtualOneIsInstant() throws SQLException {
		String stored = "ALTER TABLE account ADD COLUMN score2 INT AS (score * 2) STORED";
		String virtual = "ALTER TABLE account ADD COLUMN score3 INT AS (score * 3) VIRTUAL";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, stored + ";")).containsExactly("mariadb-table-copy");
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, virtual + ";")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			assertRefusedInPlace(connection, stored + ", ALGORITHM=INPLACE");
			execute(connection, virtual + ", ALGORITHM=INSTANT");
		}
	}

	@Test
	void addingAColumnAndAnIndexIsNotReportedAndRunsInPlace() throws SQLException {
		String column = "ALTER TABLE account ADD COLUMN tier INT";
		String index = "CREATE INDEX ix_account_score ON account (score)";
		assertThat(Lint.sqlCodes("mariadb", MARIADB_10_11, column + ";\n" + index + ";")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			execute(connection, column + ", ALGORITHM=INSTANT", index + " ALGORITHM=INPLACE LOCK=NONE");
		}
	}

	@Test
	void narrowingFailsOnValuesThatDoNotFit() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, NarrowEmail.class)).contains("narrow-type");
		try (Connection connection = this.database.openConnection()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, Lint.upgradeSql("mariadb", NarrowEmail.class).get(0)))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(1265));
		}
	}

	@Test
	void enumLosingAValueIsReportedAndFailsOnRowsThatHoldItWhileGainingOneAtTheEndIsInstant() throws SQLException {
		assertThat(Lint.javaCodes("mariadb", MARIADB_10_11, EnumValues.class)).containsExactly("mariadb-table-copy",
				"narrow-type", "mariadb-table-copy");
		List<String> upgrade = Lint.upgradeSql("mariadb", EnumValues.class);
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "ALTER TABLE account ADD COLUMN status ENUM('open', 'closed')",
					"UPDATE account SET status = 'closed' WHERE id = 2");
			execute(connection, upgrade.get(0) + ", ALGORITHM=INSTANT");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, upgrade.get(1) + ", ALGORITHM=INSTANT"));
			execute(connection, upgrade.get(1));
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(connection, upgrade.get(2)))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(1265));
		}
	}

	@Test
	void ddlWithoutLockTimeoutQueuesBehindATransactionAndEveryQueryQueuesBehindIt() throws Exception {
		String sql = "ALTER TABLE account ADD COLUMN tier INT";
		assertThat(Lint.sqlWithoutLockTimeout("mariadb", "-- message: test", sql + ";"))
			.containsExactly("ddl-without-lock-timeout");
		try (HazardSessions sessions = HazardSessions.withOpenTransaction(this.database,
				"SELECT count(*) FROM account")) {
			CompletableFuture<Void> alter = sessions.migrateInBackground(sql);
			awaitMetadataLockWait(sessions.app());
			execute(sessions.app(), "SET SESSION lock_wait_timeout = 1");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(sessions.app(), "SELECT count(*) FROM account"))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(1205));
			sessions.commitOpenTransaction();
			alter.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void ddlWithALockTimeoutIsNotReportedAndGivesUpSoQueriesGoOn() throws Exception {
		String sql = "ALTER TABLE account ADD COLUMN tier INT";
		assertThat(Lint.sqlWithoutLockTimeout("mariadb", "-- lock-timeout: 1s", sql + ";")).isEmpty();
		try (HazardSessions sessions = HazardSessions.withOpenTransaction(this.database,
				"SELECT count(*) FROM account")) {
			execute(sessions.migration(), "SET SESSION lock_wait_timeout = 1");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(sessions.migration(), sql))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(1205));
			execute(sessions.app(), "SET SESSION lock_wait_timeout = 1");
			execute(sessions.app(), "SELECT count(*) FROM account");
			sessions.commitOpenTransaction();
		}
	}

	private void assertCopies(Class<? extends Migration> migration) throws SQLException {
		try (Connection connection = this.database.openConnection()) {
			for (String sql : Lint.upgradeSql("mariadb", migration)) {
				assertRefusedInPlace(connection, sql + ", ALGORITHM=INPLACE");
			}
		}
	}

	private static void assertRefusedInPlace(Connection connection, String sql) {
		assertThatExceptionOfType(SQLException.class).as(sql)
			.isThrownBy(() -> execute(connection, sql))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isIn(1845, 1846))
			.withMessageContaining("Try ALGORITHM=COPY");
	}

	private static void awaitMetadataLockWait(Connection observer) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (queryInt(observer, "SELECT count(*) FROM information_schema.processlist"
				+ " WHERE state = 'Waiting for table metadata lock'") == 0) {
			assertThat(System.nanoTime()).as("an ALTER waiting for the metadata lock").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	public static class IntegerToBigint implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "score", (c) -> c.type(BIGINT).existingType(INTEGER).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class WidenEmail implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "email",
					(c) -> c.type(varchar(100)).existingType(varchar(50)).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class WidenName implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "name",
					(c) -> c.type(varchar(100)).existingType(varchar(10)).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class EnumValues implements Migration {

		@Override
		public void upgrade(Operations op) {
			alter(op, "ENUM('open', 'closed')", "ENUM('open', 'closed', 'waiting')");
			alter(op, "ENUM('open', 'closed', 'waiting')", "ENUM('open', 'paused', 'closed', 'waiting')");
			alter(op, "ENUM('open', 'paused', 'closed', 'waiting')", "ENUM('open', 'waiting')");
		}

		private static void alter(Operations op, String from, String to) {
			op.alterColumn("account", "status",
					(c) -> c.type(SqlType.raw(to)).existingType(SqlType.raw(from)).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class NarrowEmail implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "email",
					(c) -> c.type(varchar(5)).existingType(varchar(50)).existingNullable(true));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class ForeignKeyNotValid implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addForeignKeyNotValid("orders", List.of("account_id"), "account", List.of("id"));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
