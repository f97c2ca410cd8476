package dev.migrate.lint;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule on SQL revisions: the hazard is reported, the safe counterpart is not.
 */
class SqlRevisionLintTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void dropTableIsReportedOnEveryDialect(String dialect) {
		assertThat(Lint.sqlCodes(dialect, "DROP TABLE IF EXISTS account;")).containsExactly("drop-table");
	}

	@Test
	void dropOfATableCreatedInTheSameRevisionIsNotReported() {
		assertThat(Lint.sqlCodes("postgresql", "CREATE TABLE scratch (id int);\nDROP TABLE scratch;")).isEmpty();
	}

	@Test
	void everyTableOfADropListIsReported() {
		assertThat(Lint.sql("mariadb", "DROP TABLE a, `b`;")).extracting(Finding::change)
			.containsExactly("drop table a", "drop table `b`");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account DROP COLUMN email;", "ALTER TABLE account DROP email;",
			"ALTER TABLE IF EXISTS account DROP COLUMN IF EXISTS email CASCADE;" })
	void dropColumnIsReported(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).containsExactly("drop-column");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account DROP CONSTRAINT uq_email;", "ALTER TABLE account DROP INDEX ix;",
			"ALTER TABLE account ALTER COLUMN email DROP DEFAULT;", "ALTER TABLE account DROP PRIMARY KEY;" })
	void droppingSomethingOtherThanAColumnIsNotReportedAsDataLoss(String sql) {
		assertThat(Lint.sqlCodes("h2", sql)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account RENAME TO customer;", "RENAME TABLE account TO customer;" })
	void renameTableIsReported(String sql) {
		assertThat(Lint.sqlCodes("mariadb", sql)).containsExactly("rename-table");
	}

	@Test
	void renameColumnIsReported() {
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account RENAME COLUMN email TO mail;"))
			.containsExactly("rename-column");
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account RENAME CONSTRAINT a TO b;")).isEmpty();
	}

	@Test
	void mariaDbChangeWithANewNameIsARename() {
		assertThat(Lint.sqlCodes("mariadb", "ALTER TABLE account CHANGE email mail varchar(255);"))
			.containsExactly("rename-column");
		assertThat(Lint.sqlCodes("mariadb", "ALTER TABLE account CHANGE email email varchar(255);")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb", "h2" })
	void notNullColumnWithoutDefaultIsReported(String dialect) {
		assertThat(Lint.sqlCodes(dialect, "ALTER TABLE account ADD COLUMN tier varchar(20) NOT NULL;"))
			.containsExactly("add-not-null-column");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account ADD COLUMN tier varchar(20) NOT NULL DEFAULT 'basic';",
			"ALTER TABLE account ADD COLUMN tier varchar(20) DEFAULT 'basic' NOT NULL;",
			"ALTER TABLE account ADD COLUMN tier varchar(20);",
			"CREATE TABLE plan (id int);\nALTER TABLE plan ADD COLUMN tier varchar(20) NOT NULL;" })
	void notNullColumnWithADefaultNullableOrOnANewTableIsNotReported(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).isEmpty();
	}

	@Test
	void createIndexOnAnExistingTableIsReportedOnPostgres() {
		assertThat(Lint.sql("postgresql", "\nCREATE INDEX ix_account_email ON account (email);")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo("pg-index-not-concurrent");
				assertThat(finding.severity()).isEqualTo(Severity.WARNING);
				assertThat(finding.location()).isEqualTo("db/migrations/1a2b3c4d5e6f_test.sql:6");
				assertThat(finding.change()).isEqualTo("create index ix_account_email on account");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE INDEX CONCURRENTLY ix_account_email ON account (email);",
			"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix ON public.account (email);",
			"CREATE TABLE account (email text);\nCREATE INDEX ix_account_email ON account (email);" })
	void concurrentIndexOrIndexOnANewTableIsNotReported(String sql) {
		assertThat(Lint.nonTransactionalSqlCodes("postgresql", sql)).isEmpty();
	}

	@Test
	void concurrentIndexInATransactionalRevisionIsReportedOnPostgres() {
		String sql = "CREATE INDEX CONCURRENTLY ix_account_email ON account (email);";
		assertThat(Lint.sqlCodes("postgresql", sql)).containsExactly("pg-concurrent-index-in-transaction");
		assertThat(Lint.nonTransactionalSqlCodes("postgresql", sql)).isEmpty();
	}

	@Test
	void createIndexIsAPostgresRuleOnly() {
		assertThat(Lint.sqlCodes("mariadb", "CREATE INDEX ix_account_email ON account (email);")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES account (id);",
			"ALTER TABLE orders ADD CHECK (total >= 0);" })
	void constraintWithoutNotValidIsReportedOnPostgres(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).containsExactly("pg-constraint-not-valid");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID;",
			"ALTER TABLE orders ADD CONSTRAINT ck_total CHECK (total >= 0) NOT VALID;",
			"ALTER TABLE orders VALIDATE CONSTRAINT ck_total;" })
	void constraintAddedNotValidOrValidatedIsNotReported(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).isEmpty();
	}

	@Test
	void setNotNullIsReportedOnPostgres() {
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account ALTER COLUMN email SET NOT NULL;"))
			.containsExactly("pg-set-not-null");
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account ALTER COLUMN email DROP NOT NULL;")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account ADD COLUMN token uuid DEFAULT gen_random_uuid();",
			"ALTER TABLE account ADD COLUMN seen timestamptz NOT NULL DEFAULT clock_timestamp();",
			"ALTER TABLE account ADD COLUMN score float8 DEFAULT random();",
			"ALTER TABLE account ADD COLUMN seq bigserial;" })
	void columnComputedPerRowIsReportedOnPostgres(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).containsExactly("pg-volatile-default");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ALTER TABLE account ADD COLUMN seen timestamptz NOT NULL DEFAULT now();",
			"ALTER TABLE account ADD COLUMN active boolean NOT NULL DEFAULT true;" })
	void constantOrStableDefaultIsNotReported(String sql) {
		assertThat(Lint.sqlCodes("postgresql", sql)).isEmpty();
	}

	@Test
	void typeChangeIsReportedOnPostgresWhenTheOldTypeIsUnknown() {
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account ALTER COLUMN id TYPE bigint;"))
			.containsExactly("pg-type-rewrite");
		assertThat(Lint.sqlCodes("postgresql", "ALTER TABLE account ALTER id SET DATA TYPE bigint USING id::bigint;"))
			.containsExactly("pg-type-rewrite");
		assertThat(Lint.sqlCodes("mariadb", "ALTER TABLE account MODIFY id bigint NOT NULL;")).isEmpty();
	}

	@Test
	void severalActionsOfOneAlterTableAreEachChecked() {
		List<Finding> findings = Lint.sql("postgresql",
				"ALTER TABLE account DROP COLUMN a, ADD COLUMN b int NOT NULL, ALTER COLUMN c SET NOT NULL;");
		assertThat(findings).extracting(Finding::code)
			.containsExactly("drop-column", "add-not-null-column", "pg-set-not-null");
	}

	@Test
	void commentsAndOtherStatementsAreIgnored() {
		assertThat(Lint.sqlCodes("postgresql",
				"-- DROP TABLE account;\nINSERT INTO account VALUES (1);\n/* DROP TABLE x */ SELECT 1;"))
			.isEmpty();
	}

	@Test
	void everyFindingCarriesItsRulesText() {
		Finding finding = Lint.sql("h2", "DROP TABLE account;").get(0);
		LintCode rule = LintRules.codes().stream().filter((code) -> code.code().equals("drop-table")).findFirst().get();
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.problem()).isEqualTo(rule.problem());
		assertThat(finding.alternative()).isEqualTo(rule.alternative());
		assertThat(finding.revision()).isEqualTo("1a2b3c4d5e6f");
	}

}
