package dev.migrate.lint;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.ops.Operations;
import dev.migrate.script.Migration;
import org.junit.jupiter.api.Test;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Java revisions are linted from the operations their upgrade records offline.
 */
class JavaRevisionLintTests {

	@Test
	void dropsAndRenamesOfExistingTablesAreReported() {
		assertThat(Lint.javaCodes("h2", Destructive.class)).containsExactly("drop-column", "rename-column",
				"rename-table", "drop-table");
	}

	@Test
	void changesToATableCreatedInTheRevisionAreNotReported() {
		assertThat(Lint.javaCodes("postgresql", NewTable.class)).isEmpty();
	}

	@Test
	void notNullColumnWithoutDefaultIsReportedAndWithADefaultIsNot() {
		assertThat(Lint.java("mariadb", AddColumns.class)).extracting(Finding::change)
			.containsExactly("add column account.tier");
	}

	@Test
	void narrowingIsReportedWhenTheExistingTypeIsDescribed() {
		List<Finding> findings = Lint.java("h2", ChangeTypes.class);
		assertThat(findings).extracting(Finding::code).containsExactly("narrow-type", "narrow-type", "narrow-type");
		assertThat(findings).extracting(Finding::change)
			.containsExactly("change type of account.email to varchar(100)", "change type of account.id to integer",
					"change type of account.note to varchar(50)");
	}

	@Test
	void postgresReportsRewritesExceptWideningWithoutRewrite() {
		assertThat(Lint.java("postgresql", ChangeTypes.class)).extracting(Finding::code)
			.containsExactly("narrow-type", "pg-type-rewrite", "narrow-type", "pg-type-rewrite", "narrow-type",
					"pg-type-rewrite", "pg-type-rewrite");
	}

	@Test
	void postgresLockRulesSeeOperations() {
		assertThat(Lint.javaCodes("postgresql", LockingOperations.class)).containsExactly("pg-index-not-concurrent",
				"pg-constraint-not-valid", "pg-set-not-null", "pg-volatile-default");
		assertThat(Lint.javaCodes("mariadb", LockingOperations.class)).containsExactly("mariadb-table-copy");
	}

	@Test
	void sqlGivenToExecuteIsReadStatementByStatement() {
		assertThat(Lint.javaCodes("postgresql", ExecutesSql.class))
			.containsExactly("pg-concurrent-index-in-transaction", "drop-table");
	}

	@Test
	void concurrentIndexOperationsRunTheRevisionOutsideATransactionSoNoneIsReportedInOne() {
		assertThat(Lint.javaCodes("postgresql", ConcurrentIndexes.class)).isEmpty();
	}

	@Test
	void aMigrationReadingDataOfflineIsReportedAsNotAnalysedAfterWhatItDidBefore() {
		List<Finding> findings = Lint.java("postgresql", ReadsData.class);
		assertThat(findings).extracting(Finding::code).containsExactly("drop-column", "data-migration-not-analysed");
		assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
		assertThat(findings.get(1).location()).isEqualTo(ReadsData.class.getName());
	}

	@Test
	void aMigrationThatFailsOfflineIsAnErrorNamingTheRevision() {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> Lint.java("h2", Fails.class))
			.withMessageContaining("abcdef012345")
			.withMessageContaining(Fails.class.getName())
			.withMessageContaining("no such thing");
	}

	public static class Destructive implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.dropColumn("account", "email");
			op.renameColumn("account", "name", "full_name");
			op.renameTable("account", "customer");
			op.dropTable("audit");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class ConcurrentIndexes implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createIndexConcurrently("account", "email");
			op.addUniqueConcurrently("account", "name");
			op.execute("CREATE INDEX CONCURRENTLY ix_account_note ON account (note)");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class NewTable implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("draft", column("id", BIGINT).primaryKey());
			op.addColumn("draft", column("name", TEXT).notNull());
			op.createIndex("draft", "name");
			op.renameTable("draft", "post");
			op.addCheck("post", "length(name) > 0");
			op.dropColumn("post", "name");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class AddColumns implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("account", column("tier", varchar(20)).notNull());
			op.addColumn("account", column("plan", varchar(20)).notNull().defaultValue("'basic'"));
			op.addColumn("account", column("note", TEXT));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class ChangeTypes implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.alterColumn("account", "email", (c) -> c.type(varchar(100)).existingType(varchar(255)));
			op.alterColumn("account", "id", (c) -> c.type(INTEGER).existingType(BIGINT));
			op.alterColumn("account", "name", (c) -> c.type(varchar(500)).existingType(varchar(255)));
			op.alterColumn("account", "bio", (c) -> c.type(TEXT).existingType(varchar(255)));
			op.alterColumn("account", "note", (c) -> c.type(varchar(50)).existingType(TEXT));
			op.alterColumn("account", "code", (c) -> c.type(TEXT));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class LockingOperations implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createIndex("account", "email");
			op.addForeignKey("orders", List.of("account_id"), "account", List.of("id"));
			op.alterColumn("account", "email", (c) -> c.nullable(false).existingNullable(true));
			op.alterColumn("account", "name", (c) -> c.nullable(false).existingNullable(false));
			op.addColumn("account", column("token", TEXT).defaultValue("gen_random_uuid()::text"));
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class ExecutesSql implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE INDEX CONCURRENTLY ix_account_email ON account (email)");
			op.execute("DROP TABLE audit");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class ReadsData implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.dropColumn("account", "legacy");
			op.jdbc().sql("SELECT id FROM account").query(Long.class).list();
			op.dropTable("audit");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	public static class Fails implements Migration {

		@Override
		public void upgrade(Operations op) {
			throw new IllegalStateException("no such thing");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
