package dev.migrate.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.migrate.dialect.Dialects;
import dev.migrate.ops.Operations;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.Migration;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.migrate.lint.HazardSessions.execute;
import static dev.migrate.lint.HazardSessions.queryInt;
import static dev.migrate.lint.PostgresProbe.assertBlocked;
import static dev.migrate.lint.PostgresProbe.assertNotBlocked;
import static dev.migrate.lint.PostgresProbe.awaitLock;
import static dev.migrate.lint.PostgresProbe.awaitWaiting;
import static dev.migrate.lint.PostgresProbe.debugMessages;
import static dev.migrate.lint.PostgresProbe.lockModesOn;
import static dev.migrate.lint.PostgresProbe.pid;
import static dev.migrate.lint.PostgresProbe.relfilenode;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * For each rule that concerns PostgreSQL (and each rule of every dialect), the hazard it
 * reports really happens on PostgreSQL, and the safe counterpart it does not report does
 * not cause it. Lock hazards hold the migration's statement in an open transaction and
 * show that the application's statement waits; rewrites show a new storage file.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class PostgresHazardTests {

	private final TestDatabase database;

	PostgresHazardTests(TestDatabases databases) {
		this.database = databases.postgresql();
	}

	@BeforeEach
	void createTables() throws SQLException {
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public",
					"CREATE TABLE account (id int PRIMARY KEY, email varchar(255), name varchar(10), score int)",
					"INSERT INTO account SELECT i, 'user' || i || '@example.com', 'n' || i, i"
							+ " FROM generate_series(1, 1000) i",
					"CREATE TABLE orders (id int PRIMARY KEY, account_id int)",
					"INSERT INTO orders SELECT i, i FROM generate_series(1, 100) i");
		}
	}

	@Test
	void dropTableLosesTheRowsAndBreaksReaders() throws SQLException {
		assertThat(codes("DROP TABLE orders;")).containsExactly("drop-table");
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "DROP TABLE orders");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(connection, "SELECT * FROM orders"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42P01"));
		}
	}

	@Test
	void droppingATableCreatedInTheSameRevisionIsNotReportedAndLosesNothing() throws SQLException {
		String revision = "CREATE TABLE scratch (id int);\nDROP TABLE scratch;";
		assertThat(codes(revision)).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "CREATE TABLE scratch (id int)", "DROP TABLE scratch");
			assertThat(queryInt(connection, "SELECT count(*) FROM orders")).isEqualTo(100);
		}
	}

	@Test
	void dropColumnBreaksTheRunningReleasesInserts() throws SQLException {
		assertThat(codes("ALTER TABLE account DROP COLUMN email;")).containsExactly("drop-column");
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "ALTER TABLE account DROP COLUMN email");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, "INSERT INTO account (id, email) VALUES (0, 'new')"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42703"));
		}
	}

	@Test
	void droppingAColumnOfATableCreatedInTheRevisionIsNotReported() throws SQLException {
		assertThat(codes("CREATE TABLE draft (id int, note text);\nALTER TABLE draft DROP COLUMN note;")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "CREATE TABLE draft (id int, note text)", "ALTER TABLE draft DROP COLUMN note");
			execute(connection, "INSERT INTO account (id, email) VALUES (0, 'new')");
		}
	}

	@Test
	void renameTableBreaksTheRunningReleasesQueries() throws SQLException {
		assertThat(codes("ALTER TABLE account RENAME TO customer;")).containsExactly("rename-table");
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "ALTER TABLE account RENAME TO customer");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, "SELECT email FROM account"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42P01"));
		}
	}

	@Test
	void aViewUnderTheNewNameIsNotReportedAndBothNamesWork() throws SQLException {
		assertThat(codes("CREATE VIEW customer AS SELECT * FROM account;")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "CREATE VIEW customer AS SELECT * FROM account");
			assertThat(queryInt(connection, "SELECT count(*) FROM account")).isEqualTo(1000);
			assertThat(queryInt(connection, "SELECT count(*) FROM customer")).isEqualTo(1000);
		}
	}

	@Test
	void renameColumnBreaksTheRunningReleasesQueries() throws SQLException {
		assertThat(codes("ALTER TABLE account RENAME COLUMN email TO mail;")).containsExactly("rename-column");
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "ALTER TABLE account RENAME COLUMN email TO mail");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> execute(connection, "SELECT email FROM account"))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42703"));
		}
	}

	@Test
	void addingTheNewColumnBesideTheOldIsNotReportedAndOldQueriesWork() throws SQLException {
		assertThat(codes("ALTER TABLE account ADD COLUMN mail varchar(255);")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			execute(connection, "ALTER TABLE account ADD COLUMN mail varchar(255)");
			assertThat(queryInt(connection, "SELECT count(email) FROM account")).isEqualTo(1000);
		}
	}

	@Test
	void narrowingFailsOnValuesThatDoNotFit() throws SQLException {
		assertThat(javaCodes(Narrow.class)).containsExactly("narrow-type", "pg-type-rewrite");
		try (Connection connection = this.database.openConnection()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> run(connection, Narrow.class))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("22001"));
		}
	}

	@Test
	void wideningAVarcharIsNotReportedAndKeepsTheTable() throws SQLException {
		assertThat(javaCodes(Widen.class)).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			int before = relfilenode(connection, "account");
			run(connection, Widen.class);
			assertThat(relfilenode(connection, "account")).isEqualTo(before);
		}
	}

	@Test
	void integerToBigintRewritesTheTable() throws SQLException {
		assertThat(javaCodes(IntegerToBigint.class)).containsExactly("pg-type-rewrite");
		try (Connection connection = this.database.openConnection()) {
			int before = relfilenode(connection, "account");
			run(connection, IntegerToBigint.class);
			assertThat(relfilenode(connection, "account")).isNotEqualTo(before);
		}
	}

	@Test
	void volatileDefaultRewritesTheTable() throws SQLException {
		String sql = "ALTER TABLE account ADD COLUMN token uuid DEFAULT gen_random_uuid()";
		assertThat(codes(sql + ";")).containsExactly("pg-volatile-default");
		try (Connection connection = this.database.openConnection()) {
			int before = relfilenode(connection, "account");
			execute(connection, sql);
			assertThat(relfilenode(connection, "account")).isNotEqualTo(before);
		}
	}

	@Test
	void constantDefaultIsNotReportedAndKeepsTheTable() throws SQLException {
		String sql = "ALTER TABLE account ADD COLUMN tier int NOT NULL DEFAULT 1";
		assertThat(codes(sql + ";")).isEmpty();
		try (Connection connection = this.database.openConnection()) {
			int before = relfilenode(connection, "account");
			execute(connection, sql);
			assertThat(relfilenode(connection, "account")).isEqualTo(before);
			assertThat(queryInt(connection, "SELECT min(tier) FROM account")).isEqualTo(1);
		}
	}

	@Test
	void foreignKeyWithoutNotValidBlocksWritesWhileItChecksTheRows() throws SQLException {
		String sql = "ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES account (id)";
		assertThat(codes(sql + ";")).containsExactly("pg-constraint-not-valid");
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			execute(migration, sql);
			assertThat(lockModesOn("orders", pid(migration), app)).contains("ShareRowExclusiveLock");
			assertBlocked(app, "INSERT INTO orders VALUES (0, 1)");
			migration.rollback();
		}
	}

	@Test
	void validatingAForeignKeyAddedNotValidIsNotReportedAndLetsWritesThrough() throws SQLException {
		String add = "ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID";
		String validate = "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_account";
		assertThat(codes(add + ";")).isEmpty();
		assertThat(codes(validate + ";")).isEmpty();
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			execute(migration, add);
			migration.setAutoCommit(false);
			execute(migration, validate);
			assertThat(lockModesOn("orders", pid(migration), app)).contains("ShareUpdateExclusiveLock")
				.doesNotContain("ShareRowExclusiveLock", "AccessExclusiveLock");
			assertNotBlocked(app, "INSERT INTO orders VALUES (0, 1)");
			migration.commit();
		}
	}

	@Test
	void setNotNullScansTheTableUnderAnExclusiveLock() throws SQLException {
		String sql = "ALTER TABLE account ALTER COLUMN email SET NOT NULL";
		assertThat(codes(sql + ";")).containsExactly("pg-set-not-null");
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			assertThat(debugMessages(migration, sql)).contains("verifying table \"account\"");
			assertThat(lockModesOn("account", pid(migration), app)).contains("AccessExclusiveLock");
			assertBlocked(app, "SELECT count(*) FROM account");
			migration.rollback();
		}
	}

	@Test
	void setNotNullAfterAValidatedCheckIsNotReportedAndSkipsTheScan() throws SQLException {
		String validateAndSet = """
				ALTER TABLE account VALIDATE CONSTRAINT ck_account_email;
				ALTER TABLE account ALTER COLUMN email SET NOT NULL;
				ALTER TABLE account DROP CONSTRAINT ck_account_email;""";
		assertThat(codes("ALTER TABLE account ADD CONSTRAINT ck_account_email CHECK (email IS NOT NULL) NOT VALID;"))
			.isEmpty();
		assertThat(codes(validateAndSet)).isEmpty();
		try (Connection migration = this.database.openConnection()) {
			execute(migration,
					"ALTER TABLE account ADD CONSTRAINT ck_account_email CHECK (email IS NOT NULL) NOT VALID");
			migration.setAutoCommit(false);
			execute(migration, "ALTER TABLE account VALIDATE CONSTRAINT ck_account_email");
			assertThat(debugMessages(migration, "ALTER TABLE account ALTER COLUMN email SET NOT NULL")).containsExactly(
					"existing constraints on column \"account.email\" are sufficient to prove that it does not contain nulls");
			migration.commit();
		}
	}

	@Test
	void uniqueConstraintBuildsItsIndexUnderAnExclusiveLock() throws SQLException {
		String sql = "ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email)";
		assertThat(codes(sql + ";")).containsExactly("pg-unique-constraint-without-index");
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			execute(migration, sql);
			assertThat(lockModesOn("account", pid(migration), app)).contains("AccessExclusiveLock");
			assertBlocked(app, "SELECT count(*) FROM account");
			migration.rollback();
		}
	}

	@Test
	void uniqueConstraintUsingAConcurrentIndexIsNotReportedAndWritesGoOnWhileTheIndexIsBuilt() throws Exception {
		String build = "CREATE UNIQUE INDEX CONCURRENTLY ix_account_email ON account (email)";
		String takeOver = "ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE USING INDEX ix_account_email";
		assertThat(Lint.nonTransactionalSqlCodes("postgresql", build + ";\n" + takeOver + ";")).isEmpty();
		try (HazardSessions sessions = HazardSessions.withOpenTransaction(this.database,
				"INSERT INTO account VALUES (-1, 'in flight')")) {
			int migrationPid = pid(sessions.migration());
			CompletableFuture<Void> building = sessions.migrateInBackground(build);
			awaitLock("account", migrationPid, "ShareUpdateExclusiveLock", sessions.app());
			assertNotBlocked(sessions.app(), "INSERT INTO account VALUES (0, 'new')");
			sessions.commitOpenTransaction();
			building.get(30, TimeUnit.SECONDS);
			execute(sessions.migration(), takeOver);
			assertThat(queryInt(sessions.app(), "SELECT count(*) FROM pg_constraint WHERE conname = 'uq_account_email'"
					+ " AND conindid = 'uq_account_email'::regclass"))
				.isOne();
		}
	}

	@Test
	void ddlWithoutLockTimeoutQueuesBehindATransactionAndEveryQueryQueuesBehindIt() throws Exception {
		String sql = "ALTER TABLE account ADD COLUMN tier int";
		assertThat(Lint.sqlWithoutLockTimeout("postgresql", "-- message: test", sql + ";"))
			.containsExactly("ddl-without-lock-timeout");
		try (HazardSessions sessions = HazardSessions.withOpenTransaction(this.database,
				"SELECT count(*) FROM account")) {
			int migrationPid = pid(sessions.migration());
			CompletableFuture<Void> alter = sessions.migrateInBackground(sql);
			awaitWaiting(migrationPid, sessions.app());
			assertBlocked(sessions.app(), "SELECT count(*) FROM account");
			sessions.commitOpenTransaction();
			alter.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void ddlWithALockTimeoutIsNotReportedAndGivesUpSoQueriesGoOn() throws Exception {
		String sql = "ALTER TABLE account ADD COLUMN tier int";
		assertThat(Lint.sqlWithoutLockTimeout("postgresql", "-- lock-timeout: 200ms", sql + ";")).isEmpty();
		assertThat(Lint.sqlWithoutLockTimeout("postgresql", "-- message: test",
				"SET lock_timeout = '200ms';\n" + sql + ";"))
			.isEmpty();
		try (HazardSessions sessions = HazardSessions.withOpenTransaction(this.database,
				"SELECT count(*) FROM account")) {
			Connection migration = sessions.migration();
			migration.setAutoCommit(false);
			Dialects.byName("postgresql")
				.setTimeouts(new DdlTimeouts(Duration.ofMillis(200), null), true)
				.forEach((set) -> HazardSessions.executeUnchecked(migration, set));
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute(migration, sql))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			migration.rollback();
			assertNotBlocked(sessions.app(), "SELECT count(*) FROM account");
			sessions.commitOpenTransaction();
		}
	}

	@Test
	void updateOfEveryRowLocksEveryRowUntilItCommits() throws SQLException {
		String sql = "UPDATE account SET email = lower(email)";
		assertThat(codes(sql + ";")).containsExactly("unbatched-data-change");
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			execute(migration, sql);
			assertBlocked(app, "UPDATE account SET score = 0 WHERE id = 500");
			migration.rollback();
		}
	}

	@Test
	void updateInBatchesIsNotReportedAndLeavesOtherRowsWritable() throws SQLException {
		String sql = "UPDATE account SET email = lower(email) WHERE id BETWEEN 1 AND 100";
		assertThat(codes(sql + ";")).isEmpty();
		try (Connection migration = this.database.openConnection(); Connection app = this.database.openConnection()) {
			migration.setAutoCommit(false);
			execute(migration, sql);
			assertNotBlocked(app, "UPDATE account SET score = 0 WHERE id = 500");
			migration.commit();
		}
	}

	private static List<String> codes(String upgrade) {
		return Lint.sqlCodes("postgresql", upgrade);
	}

	private static List<String> javaCodes(Class<? extends Migration> migration) {
		return Lint.javaCodes("postgresql", migration);
	}

	/**
	 * Run a Java migration's upgrade on the connection, as the PostgreSQL dialect renders
	 * it.
	 */
	private static void run(Connection connection, Class<? extends Migration> migration) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : Lint.upgradeSql("postgresql", migration)) {
				statement.execute(sql);
			}
		}
	}

	public static class Narrow implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "email", (c) -> c.type(varchar(5)).existingType(varchar(255)));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class Widen implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "email", (c) -> c.type(varchar(500)).existingType(varchar(255)));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class IntegerToBigint implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "score", (c) -> c.type(BIGINT).existingType(INTEGER));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
