package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.migrate.MigrateException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.Step;
import dev.migrate.graph.UnknownRevisionException;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.StatementCountingDataSource;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link Migrator} on real databases: each test gets a new database.
 */
class MigratorTests {

	@TempDir
	Path directory;

	private final List<TestDatabase> databases = new ArrayList<>();

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(TestDatabase::close);
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void upgradeHeadsRunsBranchesAndMergeAndRecordsHistory(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, scripts().branchesAndMerge());
		MigrationPlan plan = migrator.upgrade("heads");
		assertThat(plan.steps()).extracting((step) -> step.revision().id())
			.containsExactly("a1a1a1a1", "b2b2b2b2", "c3c3c3c3", "d4d4d4d4", "m5m5m5m5", "e6e6e6e6", "f7f7f7f7");
		assertThat(migrator.current()).containsExactly("e6e6e6e6", "f7f7f7f7");
		assertThat(jdbc(database).sql("SELECT name FROM account WHERE id = 1").query(String.class).single())
			.isEqualTo("merged");
		assertThat(jdbc(database).sql("SELECT COUNT(*) FROM orders WHERE total IS NULL").query(Integer.class).single())
			.isZero();
		List<HistoryEntry> history = migrator.history();
		assertThat(history).hasSize(7).allSatisfy((entry) -> {
			assertThat(entry.direction()).isEqualTo("upgrade");
			assertThat(entry.success()).isTrue();
			assertThat(entry.checksum()).hasSize(64);
			assertThat(entry.appliedBy()).isNotBlank();
			assertThat(entry.appliedAt()).isNotNull();
			assertThat(entry.executionTime()).isNotNull();
		});
		assertThat(history.get(4).headsBefore()).containsExactly("c3c3c3c3", "d4d4d4d4");
		assertThat(history.get(4).headsAfter()).containsExactly("m5m5m5m5");
		assertThat(migrator.upgrade("heads").isEmpty()).isTrue();
		assertThat(migrator.pending().isEmpty()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void scriptThatCannotBeSplitStopsTheRunBeforeItsFirstStep(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database,
				scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account")
					.write("b2b2b2b2", "a1a1a1a1", "INSERT INTO account VALUES (1, 'unterminated)", "SELECT 1"));
		assertThat(migrator.heads()).extracting((revision) -> revision.id()).containsExactly("b2b2b2b2");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageStartingWith(
					"Unterminated string literal in " + scripts().location() + "/b2b2b2b2_revision.sql");
		assertThat(tableExists(database, "account")).isFalse();
		assertThat(migrator.current()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void downgradeUnmergesAndReturnsToBase(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, scripts().branchesAndMerge());
		migrator.upgrade("heads");
		migrator.downgrade("f7f7@-1");
		assertThat(migrator.current()).containsExactly("e6e6e6e6");
		assertThat(tableExists(database, "tag")).isFalse();
		migrator.downgrade("c3c3c3c3");
		assertThat(migrator.current()).containsExactly("c3c3c3c3", "d4d4d4d4");
		assertThat(jdbc(database).sql("SELECT COUNT(*) FROM account").query(Integer.class).single()).isZero();
		migrator.downgrade("base");
		assertThat(migrator.current()).isEmpty();
		assertThat(tableExists(database, "account")).isFalse();
		assertThat(migrator.history()).extracting(HistoryEntry::direction).endsWith("downgrade", "downgrade");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void stampRewritesRowsWithoutRunningRevisions(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, scripts().branchesAndMerge());
		migrator.stamp(List.of("heads"), false);
		assertThat(migrator.current()).containsExactly("e6e6e6e6", "f7f7f7f7");
		assertThat(tableExists(database, "account")).isFalse();
		migrator.stamp(List.of("b2b2b2b2"), false);
		assertThat(migrator.current()).containsExactly("b2b2b2b2");
		migrator.stamp(List.of("c3c3", "d4d4"), false);
		assertThat(migrator.current()).containsExactly("c3c3c3c3", "d4d4d4d4");
		assertThat(migrator.history()).extracting(HistoryEntry::direction).containsOnly("stamp");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void unknownVersionRowIsReportedAndPurgeRecovers(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, scripts().branchesAndMerge());
		migrator.stamp(List.of("a1a1a1a1"), false);
		jdbc(database).sql("UPDATE migrate_version SET version_num = 'deadbeef0000'").update();
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("Can't locate revision identified by 'deadbeef0000'");
		migrator.stamp(List.of("a1a1a1a1"), true);
		assertThat(migrator.current()).containsExactly("a1a1a1a1");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void failureOnTransactionalDatabaseRollsBackThatRevisionOnly(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, failingScripts());
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("Upgrade of revision b2b2b2b2 (\"revision b2b2b2b2\", file:")
			.withMessageContaining("b2b2b2b2_revision.sql) failed at line 7 of file:")
			.withMessageContaining("statement: INSERT INTO nosuch VALUES (1)")
			.withMessageContaining("database said: ")
			.withMessageContaining("The revision was rolled back; the database is at revision(s) a1a1a1a1.");
		assertThat(migrator.current()).containsExactly("a1a1a1a1");
		assertThat(tableExists(database, "half")).isFalse();
		HistoryEntry failure = migrator.history().get(1);
		assertThat(failure.success()).isFalse();
		assertThat(failure.statementsLeftBehind()).isZero();
		assertThat(failure.revision()).isEqualTo("b2b2b2b2");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("INSERT INTO nosuch");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void nonTransactionalRevisionRunsOutsideATransaction(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, email TEXT)",
				"DROP TABLE account");
		String concurrently = "-- revision: b2b2b2b2\n-- revises: a1a1a1a1\n-- transactional: false\n\n-- upgrade\n"
				+ "CREATE INDEX CONCURRENTLY ix_account_email ON account (email);\n\n-- downgrade\n"
				+ "DROP INDEX CONCURRENTLY ix_account_email;\n";
		write(scripts.path("b2b2b2b2"), concurrently);
		for (TransactionMode mode : TransactionMode.values()) {
			Migrator migrator = Migrator.configure()
				.dataSource(database.dataSource())
				.locations(scripts.location())
				.transactionMode(mode)
				.load();
			migrator.upgrade("heads");
			assertThat(jdbc(database).sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_account_email'")
				.query(Integer.class)
				.single()).isOne();
			migrator.downgrade("base");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void tablesCanLiveInTheirOwnSchemaUnderOtherNames(DatabaseKind kind) {
		TestDatabase database = database(kind);
		jdbc(database).sql("CREATE SCHEMA meta").update();
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(scripts().branchesAndMerge().location())
			.schema("meta")
			.versionTable("schema_version")
			.historyTable("schema_history")
			.load();
		migrator.upgrade("heads");
		assertThat(migrator.current()).containsExactly("e6e6e6e6", "f7f7f7f7");
		assertThat(jdbc(database).sql("SELECT COUNT(*) FROM meta.schema_history").query(Integer.class).single())
			.isEqualTo(7);
		assertThat(tableExists(database, "migrate_version")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void failureInSingleTransactionModeRollsBackTheWholeRun(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(failingScripts().location())
			.transactionMode(TransactionMode.SINGLE)
			.load();
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("The whole run was rolled back; the database is at base (no revision applied).");
		assertThat(migrator.current()).isEmpty();
		assertThat(tableExists(database, "account")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void singleTransactionModeCommitsBeforeANonTransactionalRevisionAndSaysSo(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts()
			.write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, email TEXT)", "DROP TABLE account")
			.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY);\nINSERT INTO nosuch VALUES (1)",
					"DROP TABLE tag");
		write(scripts.path("b2b2b2b2"),
				"-- revision: b2b2b2b2\n-- revises: a1a1a1a1\n-- transactional: false\n\n"
						+ "-- upgrade\nCREATE INDEX CONCURRENTLY ix_account_email ON account (email);\n\n-- downgrade\n"
						+ "DROP INDEX ix_account_email;\n");
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(scripts.location())
			.transactionMode(TransactionMode.SINGLE)
			.load();
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("Upgrade of revision c3c3c3c3")
			.withMessageContaining(
					"Rolled back: upgrade of c3c3c3c3. Committed before: upgrade of a1a1a1a1, " + "upgrade of b2b2b2b2")
			.withMessageContaining("the database is at revision(s) b2b2b2b2.")
			.withMessageNotContaining("whole run")
			.satisfies((ex) -> assertThat(ex.needsRecovery()).isFalse());
		assertThat(migrator.current()).containsExactly("b2b2b2b2");
		assertThat(tableExists(database, "tag")).isFalse();
		assertThat(migrator.history()).extracting(HistoryEntry::revision, HistoryEntry::success)
			.containsExactly(tuple("a1a1a1a1", true), tuple("b2b2b2b2", true), tuple("c3c3c3c3", false));
		scripts.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
		Migrator fixed = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(scripts.location())
			.transactionMode(TransactionMode.SINGLE)
			.load();
		assertThat(fixed.upgrade("heads").steps()).extracting((step) -> step.revision().id())
			.containsExactly("c3c3c3c3");
		assertThat(fixed.current()).containsExactly("c3c3c3c3");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void failingNonTransactionalRevisionSaysItRanOutsideATransaction(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, email TEXT)",
				"DROP TABLE account");
		write(scripts.path("b2b2b2b2"), "-- revision: b2b2b2b2\n-- revises: a1a1a1a1\n-- transactional: false\n\n"
				+ "-- upgrade\nCREATE INDEX CONCURRENTLY ix_account_email ON account (email);\n"
				+ "CREATE INDEX CONCURRENTLY ix_nosuch ON nosuch (id);\n\n-- downgrade\nDROP INDEX ix_account_email;\n");
		Migrator migrator = migrator(database, scripts);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("statement: CREATE INDEX CONCURRENTLY ix_nosuch ON nosuch (id)")
			.withMessageContaining("The revision is marked 'transactional: false', so it ran outside a transaction: "
					+ "1 statement(s) of this revision ran and stayed:\n  1. CREATE INDEX CONCURRENTLY ix_account_email")
			.withMessageContaining("The version table says revision(s) a1a1a1a1.")
			.withMessageContaining("run 'db repair'")
			.withMessageContaining("run 'db stamp b2b2b2b2'")
			.withMessageNotContaining("cannot roll back DDL")
			.withMessageNotContaining("rolled back")
			.satisfies((ex) -> assertThat(ex.needsRecovery()).isTrue());
		assertThat(migrator.current()).containsExactly("a1a1a1a1");
		assertThat(migrator.status().state()).isEqualTo(MigrationStatus.State.FAILED);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("left 1 statement(s) in the database, so migrations are stopped");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "MARIADB")
	void failureOfTheFirstStatementWithoutTransactionalDdlSaysNothingStayed(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, scripts().write("a1a1a1a1", "",
				"INSERT INTO nosuch VALUES (1);\nCREATE TABLE later (id INT)", "DROP TABLE later"));
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("no statement of it had completed, so nothing of it stayed.")
			.withMessageContaining("The version table says base (no revision applied).")
			.withMessageNotContaining("rolled back;")
			.withMessageNotContaining("repair")
			.satisfies((ex) -> assertThat(ex.needsRecovery()).isFalse());
		assertThat(migrator.status().state()).isEqualTo(MigrationStatus.State.PENDING);
		assertThat(migrator.status().lastFailure()).isNotNull();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void stepOutsideATransactionIsRecordedAsStartedWithItsCompletedStatementsWhileItRuns(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, email TEXT)",
				"DROP TABLE account");
		String probe = "CREATE TABLE probe (statements_run INT, message VARCHAR(200));\n"
				+ "INSERT INTO probe SELECT statements_run, message FROM migrate_history"
				+ " WHERE success = FALSE AND execution_ms IS NULL";
		if (kind == DatabaseKind.POSTGRESQL) {
			write(scripts.path("b2b2b2b2"), "-- revision: b2b2b2b2\n-- revises: a1a1a1a1\n-- transactional: false\n\n"
					+ "-- upgrade\n" + probe + ";\n\n-- downgrade\nDROP TABLE probe;\n");
		}
		else {
			scripts.write("b2b2b2b2", "a1a1a1a1", probe, "DROP TABLE probe");
		}
		Migrator migrator = migrator(database, scripts);
		migrator.upgrade("heads");
		assertThat(jdbc(database).sql("SELECT statements_run, message FROM probe")
			.query((row, number) -> row.getInt(1) + " " + row.getString(2))
			.single()).isEqualTo("1   1. CREATE TABLE probe (statements_run INT, message VARCHAR(200))");
		assertThat(migrator.history()).hasSize(2).allMatch(HistoryEntry::success);
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "MARIADB" })
	void failureWithoutTransactionalDdlStopsUntilRepaired(DatabaseKind kind) throws Exception {
		TestDatabase database = database(kind);
		ScriptFiles scripts = failingScripts();
		Migrator migrator = migrator(database, scripts);
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("This database commits each DDL statement as it runs, so nothing of this revision"
					+ " was rolled back: 1 statement(s) of this revision ran and stayed:")
			.withMessageContaining("1. CREATE TABLE half (id INT PRIMARY KEY)")
			.withMessageContaining("The version table says revision(s) a1a1a1a1.")
			.withMessageContaining("run 'db repair' to retry the upgrade")
			.withMessageContaining("run 'db stamp b2b2b2b2'")
			.withMessageNotContaining("rolled back;")
			.satisfies((ex) -> assertThat(ex.needsRecovery()).isTrue());
		assertThat(migrator.current()).containsExactly("a1a1a1a1");
		assertThat(tableExists(database, "half")).isTrue();
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"))
			.withMessageContaining("The upgrade of revision b2b2b2b2 (file:")
			.withMessageContaining("left 1 statement(s) in the database, so migrations are stopped")
			.withMessageContaining("run 'db repair'");
		jdbc(database).sql("DROP TABLE half").update();
		scripts.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE half (id INT PRIMARY KEY);\nINSERT INTO half VALUES (1)",
				"DROP TABLE half");
		Migrator fixed = migrator(database, scripts);
		assertThat(fixed.repair()).singleElement().asString().startsWith("Marked the failed upgrade of b2b2b2b2");
		fixed.upgrade("heads");
		assertThat(fixed.current()).containsExactly("c3c3c3c3");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void concurrentRunnersApplyEachRevisionOnce(DatabaseKind kind) throws Exception {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().branchesAndMerge();
		int runners = 6;
		ExecutorService executor = Executors.newFixedThreadPool(runners);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MigrationPlan>> results = new ArrayList<>();
		for (int i = 0; i < runners; i++) {
			Migrator migrator = migrator(database, scripts);
			results.add(executor.submit(() -> {
				start.await();
				return migrator.upgrade("heads");
			}));
		}
		start.countDown();
		int stepsRun = 0;
		for (Future<MigrationPlan> result : results) {
			stepsRun += result.get().steps().size();
		}
		executor.shutdown();
		assertThat(stepsRun).isEqualTo(7);
		assertThat(migrator(database, scripts).lockHolder()).isEmpty();
		Migrator migrator = migrator(database, scripts);
		assertThat(migrator.current()).containsExactly("e6e6e6e6", "f7f7f7f7");
		assertThat(migrator.history()).hasSize(7).allMatch(HistoryEntry::success);
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void editedAppliedScriptIsReportedWithItsFile(DatabaseKind kind) throws Exception {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)",
				"DROP TABLE account");
		migrator(database, scripts).upgrade("heads");
		scripts
			.write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(10))", "DROP TABLE account")
			.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
		Migrator edited = migrator(database, scripts);
		assertThat(edited.validate()).singleElement()
			.satisfies((mismatch) -> assertThat(mismatch.source()).endsWith("a1a1a1a1_revision.sql"));
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> edited.upgrade("heads"))
			.withMessageContaining("Applied scripts were edited after they ran:")
			.withMessageContaining("revision a1a1a1a1 (file:")
			.withMessageContaining("a1a1a1a1_revision.sql)")
			.withMessageContaining("accept the edits with 'db repair'");
		assertThat(edited.current()).containsExactly("a1a1a1a1");
		Migrator warning = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(scripts.location())
			.checksumPolicy(ChecksumPolicy.WARN)
			.load();
		warning.upgrade("heads");
		assertThat(warning.current()).containsExactly("b2b2b2b2");
		assertThat(edited.repair()).singleElement().asString().startsWith("Accepted the edited script of a1a1a1a1");
		assertThat(edited.validate()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkingADatabaseAtHeadRunsTwoQueries(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().branchesAndMerge();
		Migrator first = migrator(database, scripts);
		first.upgrade("heads");
		StatementCountingDataSource counting = new StatementCountingDataSource(database.dataSource());
		Migrator atHead = Migrator.configure()
			.dataSource(counting)
			.dialect(dialectName(kind))
			.locations(scripts.location())
			.load();
		assertThat(atHead.upgrade("heads").isEmpty()).isTrue();
		assertThat(counting.statements()).hasSize(2).first().isEqualTo("SELECT version_num FROM migrate_version");
		assertThat(counting.statements().get(1))
			.startsWith("SELECT revision, checksum, applied_at FROM migrate_history WHERE success = ");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkingADatabaseAtHeadOpensOneConnectionAndDetectsTheDialectOnIt(DatabaseKind kind) {
		TestDatabase database = database(kind);
		ScriptFiles scripts = scripts().branchesAndMerge();
		migrator(database, scripts).upgrade("heads");
		StatementCountingDataSource counting = new StatementCountingDataSource(database.dataSource());
		Migrator atHead = Migrator.configure().dataSource(counting).locations(scripts.location()).load();
		assertThat(atHead.upgrade("heads").isEmpty()).isTrue();
		assertThat(counting.connections()).isOne();
		assertThat(atHead.dialect().name()).isEqualTo(dialectName(kind));
		assertThat(counting.connections()).isOne();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void upgradeReadsAndWorksOnOneConnectionAndLocksOnItWhenTheLockLivesOnTheSession(DatabaseKind kind) {
		TestDatabase database = database(kind);
		StatementCountingDataSource counting = new StatementCountingDataSource(database.dataSource());
		Migrator migrator = Migrator.configure()
			.dataSource(counting)
			.locations(scripts().branchesAndMerge().location())
			.load();
		assertThat(migrator.upgrade("heads").steps()).hasSize(7);
		long expected = (kind == DatabaseKind.H2) ? 2 : 1;
		assertThat(counting.connectionsOpenedBy(Thread.currentThread())).isEqualTo(expected);
		assertThat(migrator.current()).containsExactly("e6e6e6e6", "f7f7f7f7");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void javaMigrationsRunOperationsAndReadDataOnTheirConnection(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations("classpath:db/runtime/offline")
			.load();
		migrator.upgrade("c3d4");
		jdbc(database).sql("INSERT INTO account (id, email) VALUES (1, 'ada@example.com')").update();
		jdbc(database).sql("INSERT INTO orders (account_id) VALUES (1)").update();
		migrator.upgrade("heads");
		assertThat(jdbc(database).sql("SELECT name FROM account").query(String.class).single()).isEqualTo("ada");
		assertThat(jdbc(database).sql("SELECT total FROM orders").query(Integer.class).single()).isZero();
		migrator.downgrade("base");
		assertThat(tableExists(database, "orders")).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "POSTGRESQL" })
	void statusTellsPendingUpToDateFailedAndUnknownAndARolledBackFailureIsPending(DatabaseKind kind) {
		TestDatabase database = database(kind);
		Migrator migrator = migrator(database, failingScripts());
		assertThat(migrator.status().state()).isEqualTo(MigrationStatus.State.PENDING);
		assertThat(migrator.status().pendingRevisions()).containsExactly("a1a1a1a1", "b2b2b2b2", "c3c3c3c3");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrator.upgrade("heads"));
		MigrationStatus failed = migrator.status();
		assertThat(failed.lastFailure()).isNotNull().extracting(HistoryEntry::revision).isEqualTo("b2b2b2b2");
		if (kind == DatabaseKind.H2) {
			assertThat(failed.state()).isEqualTo(MigrationStatus.State.FAILED);
			assertThat(failed.describe()).startsWith("The latest upgrade of revision b2b2b2b2 failed at")
				.contains("left 1 statement(s) in the database");
		}
		else {
			assertThat(failed.state()).isEqualTo(MigrationStatus.State.PENDING);
			assertThat(failed.pendingRevisions()).containsExactly("b2b2b2b2", "c3c3c3c3");
			assertThat(failed.describe()).contains("2 revision(s) pending")
				.contains("The latest upgrade of revision b2b2b2b2 failed at")
				.endsWith("and was rolled back");
		}
		migrator.stamp(List.of("c3c3c3c3"), false);
		assertThat(migrator.status().state()).isEqualTo(MigrationStatus.State.UP_TO_DATE);
		jdbc(database).sql("UPDATE migrate_version SET version_num = 'ffff0000ffff'").update();
		MigrationStatus unknown = migrator.status();
		assertThat(unknown.state()).isEqualTo(MigrationStatus.State.UNKNOWN_REVISION);
		assertThat(unknown.unknown()).containsExactly("ffff0000ffff");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void listenersSeeEveryStep(DatabaseKind kind) {
		TestDatabase database = database(kind);
		List<String> events = new ArrayList<>();
		Migrator migrator = Migrator.configure()
			.dataSource(database.dataSource())
			.locations(
					scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account")
						.location())
			.listener(new MigrationListener() {

				@Override
				public void beforeStep(Step step) {
					events.add("before " + step.direction() + " " + step.revision().id());
				}

				@Override
				public void afterStep(Step step, Duration duration) {
					events.add("after " + step.direction() + " " + step.revision().id());
				}

			})
			.load();
		migrator.upgrade("heads");
		migrator.downgrade("-1");
		assertThat(events).containsExactly("before UPGRADE a1a1a1a1", "after UPGRADE a1a1a1a1",
				"before DOWNGRADE a1a1a1a1", "after DOWNGRADE a1a1a1a1");
	}

	private static String dialectName(DatabaseKind kind) {
		return switch (kind) {
			case H2 -> "h2";
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mariadb";
		};
	}

	private ScriptFiles failingScripts() {
		return scripts().write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account")
			.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE half (id INT PRIMARY KEY);\nINSERT INTO nosuch VALUES (1)",
					"DROP TABLE half")
			.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
	}

	private static void write(Path path, String text) {
		try {
			Files.writeString(path, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ScriptFiles scripts() {
		return new ScriptFiles(this.directory);
	}

	private TestDatabase database(DatabaseKind kind) {
		TestDatabase database = DatabaseServers.shared().createDatabase(kind);
		this.databases.add(database);
		return database;
	}

	private static Migrator migrator(TestDatabase database, ScriptFiles scripts) {
		return Migrator.configure().dataSource(database.dataSource()).locations(scripts.location()).load();
	}

	private static JdbcClient jdbc(TestDatabase database) {
		return JdbcClient.create(database.dataSource());
	}

	private static boolean tableExists(TestDatabase database, String table) {
		try (Connection connection = database.openConnection()) {
			return VersionStore.exists(connection, new TableName(null, table));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
