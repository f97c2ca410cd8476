package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.MigratorBuilder;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db lint} on a PostgreSQL database: the pending revisions by default, a range on
 * request, one line per finding and an exit status for findings at or above
 * {@code --fail-on}.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class LintCommandTests {

	private static final String INDEX_LINE = "pg-index-not-concurrent WARNING bbbb2222 %s:6 create index "
			+ "ix_account_legacy on account: CREATE INDEX holds a SHARE lock on the table while it reads every row: "
			+ "inserts, updates and deletes wait until the index is built; instead: CREATE INDEX CONCURRENTLY: "
			+ "op.createIndexConcurrently, which runs the Java revision outside a transaction, or '-- transactional: "
			+ "false' in a SQL revision; if it fails, drop the invalid index and run it again";

	@TempDir
	Path directory;

	private final DataSource dataSource;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	LintCommandTests(TestDatabases databases) {
		this.dataSource = databases.postgresql().dataSource();
	}

	@BeforeEach
	void writeRevisions() throws IOException, SQLException {
		try (var connection = this.dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS account, migrate_version, migrate_history CASCADE");
		}
		Files.writeString(this.directory.resolve("a1.sql"), """
				-- revision: aaaa1111
				-- message: create account

				-- upgrade
				CREATE TABLE account (id int PRIMARY KEY, email text, legacy text);
				CREATE INDEX ix_account_email ON account (email);
				""");
		Files.writeString(this.directory.resolve("b2.sql"), """
				-- revision: bbbb2222
				-- revises: aaaa1111

				-- upgrade

				CREATE INDEX ix_account_legacy ON account (legacy);
				""");
		Files.writeString(this.directory.resolve("c3.sql"), """
				-- revision: cccc3333
				-- revises: bbbb2222
				-- migrate:lint-ignore drop-column nothing has read legacy since release 40

				-- upgrade
				ALTER TABLE account DROP COLUMN legacy;
				""");
	}

	@Test
	void lintsThePendingRevisionsAndPassesWhenNoFindingReachesErrors() {
		assertThat(run(this.dataSource, "lint")).isZero();
		assertThat(out()).isEqualTo(indexLine() + "\n" + "drop-column ERROR cccc3333 " + source("c3.sql")
				+ ":6 drop column "
				+ "account.legacy: the column's values are gone; a downgrade recreates it empty, and running instances "
				+ "that select or insert it fail; instead: release code that no longer reads or writes the column "
				+ "first (for JPA, remove the field), then drop it in a later revision [suppressed: nothing has read "
				+ "legacy since release 40]\n"
				+ "1 finding in 3 revisions (0 error, 1 warning, 0 info), 1 suppressed\n");
		assertThat(err()).isEmpty();
	}

	@Test
	void failsWithItsOwnExitStatusAtTheFailOnSeverity() {
		assertThat(run(this.dataSource, "lint", "--fail-on", "warning")).isEqualTo(DbCommandLine.LINT_FINDINGS);
		assertThat(out()).startsWith(indexLine() + "\n");
		assertThat(err()).startsWith("Error: Lint findings at or above WARNING; fix them, or suppress one with "
				+ "'-- migrate:lint-ignore CODE reason'");
	}

	@Test
	void appliedRevisionsAreNotPending() {
		assertThat(run(this.dataSource, "upgrade", "bbbb2222")).isZero();
		this.out.reset();
		assertThat(run(this.dataSource, "lint", "--fail-on", "warning")).isZero();
		assertThat(out()).startsWith("drop-column ERROR cccc3333 ")
			.endsWith("\n0 findings in 1 revision (0 error, 0 warning, 0 info), 1 suppressed\n");
	}

	@Test
	void rangeLintsEveryRevisionInItAndJsonHasAnObjectPerFinding() {
		assertThat(run(this.dataSource, "lint", "aaaa1111:bbbb2222", "--json")).isZero();
		assertThat(out())
			.startsWith("[\n  {\"code\": \"pg-index-not-concurrent\", \"severity\": \"WARNING\", "
					+ "\"revision\": \"bbbb2222\", \"source\": \"" + source("b2.sql")
					+ "\", \"line\": 6, \"change\": \"create index "
					+ "ix_account_legacy on account\", \"problem\": \"CREATE INDEX holds a SHARE lock")
			.endsWith("\"suppressedBecause\": null}\n]\n");
		this.out.reset();
		assertThat(run(this.dataSource, "lint", "aaaa1111:aaaa1111", "--json")).isZero();
		assertThat(out()).isEqualTo("[]\n");
	}

	@Test
	void offlineNeedsARange() {
		assertThat(run(null, "lint")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).startsWith("Error: db lint without a range lints the pending revisions of the database")
			.contains("give a range instead, such as 'db lint base:heads'");
		this.err.reset();
		assertThat(run(null, "lint", "base:heads")).isZero();
		assertThat(out()).endsWith("1 finding in 3 revisions (0 error, 1 warning, 0 info), 1 suppressed\n");
	}

	@Test
	void offlineUpgradeWritesTheSqlOnStandardOutputAndTheFindingsOnStandardError() {
		assertThat(run(null, "upgrade", "--sql")).as(this::err).isZero();
		assertThat(out()).contains("CREATE INDEX ix_account_legacy ON account (legacy);")
			.contains("ALTER TABLE account DROP COLUMN legacy;")
			.doesNotContain("Warning");
		assertThat(err()).isEqualTo("Warning: lint " + indexLine() + "\n");
		this.out.reset();
		this.err.reset();
		assertThat(run(null, "upgrade", "aaaa1111:aaaa1111", "--sql")).as(this::err).isZero();
		assertThat(err()).isEmpty();
	}

	@Test
	void wrongFailOnIsAUsageError() {
		assertThat(run(this.dataSource, "lint", "--fail-on", "fatal")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).contains("--fail-on is error, warning or info, not 'fatal'")
			.contains("Usage: db lint [RANGE] [--fail-on error|warning|info] [--json]");
	}

	private int run(@Nullable DataSource dataSource, String... arguments) {
		DbCommandLine commandLine = new DbCommandLine(() -> {
			MigratorBuilder builder = Migrator.configure()
				.dialect("postgresql")
				.locations("file:" + this.directory)
				.ddlTimeouts(new DdlTimeouts(Duration.ofSeconds(5), null));
			if (dataSource != null) {
				builder.dataSource(dataSource);
			}
			return new DbCommands(builder.load(), new RevisionFiles(this.directory.resolve("new/java"), "db.migrations",
					this.directory.resolve("new/sql")));
		});
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String indexLine() {
		return INDEX_LINE.formatted(source("b2.sql"));
	}

	private String source(String file) {
		return "file:" + this.directory.resolve(file);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
