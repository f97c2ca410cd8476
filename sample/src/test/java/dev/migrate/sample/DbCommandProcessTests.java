package dev.migrate.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.JavaProcess;
import dev.migrate.testsupport.JavaProcess.Result;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code db} commands as one-shot processes of the sample, the way CI or a
 * Kubernetes Job would ({@code java -jar sample.jar db upgrade}), and checks exit status,
 * standard output and standard error.
 */
class DbCommandProcessTests {

	private static final String HEAD = "7f708192a3b4";

	private static final String HEAD_MESSAGE = "Account created_at with microseconds on MariaDB";

	@TempDir
	Path directory;

	private TestDatabase database;

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void upgradeCurrentHistoryDowngradeAndStamp(DatabaseKind kind) throws Exception {
		Map<String, String> environment = environment(kind);
		Result heads = db(environment, "heads");
		assertThat(heads.out()).isEqualTo(HEAD + " (accounts, orders) (head)\n");
		assertThat(heads.status()).isZero();
		assertThat(heads.err()).isEmpty();
		assertThat(db(environment, "current").out()).isEmpty();
		Result upgrade = db(environment, "upgrade");
		assertThat(upgrade.status()).isZero();
		assertThat(upgrade.out().lines()).hasSize(7)
			.startsWith("Running upgrade  -> 1f0a2b3c4d5e, Create account")
			.endsWith("Running upgrade 5d4e6f708192 -> 6e5f708192a3, Backfill order status, add demo data",
					"Running upgrade 6e5f708192a3 -> " + HEAD + ", " + HEAD_MESSAGE);
		assertThat(db(environment, "current").out()).isEqualTo(HEAD + " (head)\n");
		assertThat(db(environment, "history", "-r", "-1:").out())
			.isEqualTo("6e5f708192a3 -> " + HEAD + " (accounts, orders) (head), " + HEAD_MESSAGE + "\n"
					+ "5d4e6f708192 -> 6e5f708192a3 (accounts, orders), Backfill order status, add demo data\n");
		Result downgrade = db(environment, "downgrade", "-2");
		assertThat(downgrade.out()).isEqualTo("Running downgrade " + HEAD + " -> 6e5f708192a3, " + HEAD_MESSAGE + "\n"
				+ "Running downgrade 6e5f708192a3 -> 5d4e6f708192, Backfill order status, add demo data\n");
		assertThat(db(environment, "current", "-v").out()).contains("Rev: 5d4e6f708192 (mergepoint)")
			.contains("Merges: 3b2c4d5e6f70, 4c3d5e6f7081")
			.containsPattern("Applied: \\S+ by \\S+ in \\d+ ms, \\d+ statements?");
		assertThat(db(environment, "stamp", "head").out())
			.isEqualTo("Running stamp_revision 5d4e6f708192 -> " + HEAD + "\n");
		assertThat(db(environment, "current").out()).isEqualTo(HEAD + " (head)\n");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkListsWhatTheSchemaFileChangesAndExitsThree(DatabaseKind kind) throws Exception {
		Map<String, String> environment = environment(kind);
		Path schemaFile = this.directory.resolve("schema.sql");
		environment.put("MIGRATE_MODEL_SCHEMA_FILE", "file:" + schemaFile);
		Result missing = db(environment, "check");
		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).startsWith("Error: Schema file file:" + schemaFile + " does not exist");
		Files.writeString(schemaFile,
				"create table audit (id integer not null, constraint audit_pkey primary key (id));\n");
		Result check = db(environment, "check");
		assertThat(check.status()).as(check.err()).isEqualTo(3);
		assertThat(check.err()).isEmpty();
		assertThat(check.out().lines()).first()
			.isEqualTo("The schema file file:" + schemaFile + " has changes that no revision captures:");
		assertThat(check.out()).containsIgnoringCase("  add table audit (id)")
			.containsIgnoringCase("  drop table account")
			.contains("(warning: drops data)");
		assertThat(db(environment, "current").out()).as("the database to migrate is left as it is").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "H2", "POSTGRESQL" })
	void downgradeStepsBackThroughTheMergeAndHistoryShowsTheLastRevisions(DatabaseKind kind) throws Exception {
		Map<String, String> environment = environment(kind);
		assertThat(db(environment, "upgrade").status()).isZero();
		Result history = db(environment, "history", "-r", "-3:");
		assertThat(history.status()).as(history.err()).isZero();
		assertThat(history.out()).isEqualTo("6e5f708192a3 -> " + HEAD + " (accounts, orders) (head), " + HEAD_MESSAGE
				+ "\n5d4e6f708192 -> 6e5f708192a3 (accounts, orders), Backfill order status, add demo data\n"
				+ "3b2c4d5e6f70, 4c3d5e6f7081 -> 5d4e6f708192 (accounts, orders) (mergepoint), "
				+ "Merge orders and accounts branches\n" + "2a1b3c4d5e6f -> 3b2c4d5e6f70 (orders), Add order status\n");
		assertThat(db(environment, "downgrade", "-3").out())
			.isEqualTo("Running downgrade " + HEAD + " -> 6e5f708192a3, " + HEAD_MESSAGE + "\n"
					+ "Running downgrade 6e5f708192a3 -> 5d4e6f708192, Backfill order status, add demo data\n"
					+ "Running downgrade 5d4e6f708192 -> 3b2c4d5e6f70, 4c3d5e6f7081, Merge orders and accounts "
					+ "branches\n");
		assertThat(db(environment, "current").out()).isEqualTo("4c3d5e6f7081\n3b2c4d5e6f70\n");
		Result severalHeads = db(environment, "downgrade");
		assertThat(severalHeads.status()).isEqualTo(1);
		assertThat(severalHeads.err()).isEqualTo("Error: downgrade -1 from multiple heads (3b2c4d5e6f70, "
				+ "4c3d5e6f7081) is ambiguous; name the head to step back from: '3b2c4d5e6f70@-1' or "
				+ "'4c3d5e6f7081@-1'\n");
		Result hint = db(environment, "downgrade", "3b2c4d5e6f70@-1");
		assertThat(hint.status()).as(hint.err()).isZero();
		assertThat(hint.out()).isEqualTo("Running downgrade 3b2c4d5e6f70 -> 2a1b3c4d5e6f, Add order status\n");
		assertThat(db(environment, "upgrade").out().lines()).hasSize(4);
		Result merge = db(environment, "downgrade", "5d4e6f708192");
		assertThat(merge.status()).as(merge.err()).isZero();
		Result mergeHead = db(environment, "downgrade");
		assertThat(mergeHead.status()).as(mergeHead.err()).isZero();
		assertThat(mergeHead.out()).isEqualTo("Running downgrade 5d4e6f708192 -> 3b2c4d5e6f70, 4c3d5e6f7081, "
				+ "Merge orders and accounts branches\n");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void branchesAndShowDescribeTheGraph(DatabaseKind kind) throws Exception {
		Map<String, String> environment = environment(kind);
		assertThat(db(environment, "branches").out()).isEqualTo("""
				2a1b3c4d5e6f (branchpoint)
				             -> 4c3d5e6f7081 (accounts)
				             -> 3b2c4d5e6f70 (orders)

				""");
		assertThat(db(environment, "show", "5d4e").out()).startsWith("""
				Rev: 5d4e6f708192 (mergepoint)
				Merges: 3b2c4d5e6f70, 4c3d5e6f7081
				Branch names: accounts, orders
				Path: classpath:db/migrations/5d4e6f708192_merge_orders_and_accounts.sql
				""");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void failuresGoToStandardErrorWithAStatus(DatabaseKind kind) throws Exception {
		Map<String, String> environment = environment(kind);
		Result unknown = db(environment, "upgrade", "nosuch");
		assertThat(unknown.status()).isEqualTo(1);
		assertThat(unknown.out()).isEmpty();
		assertThat(unknown.err()).startsWith("Error: Can't locate revision identified by 'nosuch'");
		Result usage = db(environment, "downgrade", "--bogus");
		assertThat(usage.status()).isEqualTo(2);
		assertThat(usage.err()).startsWith("Error: No such option: --bogus");
		Result heads = db(environment, "stamp", "head", "--sql", "--purge");
		assertThat(heads.status()).isEqualTo(1);
		assertThat(heads.err()).isEqualTo("Error: Can't use --purge with --sql mode\n");
	}

	@Test
	void upgradeSqlRendersWithoutTouchingTheDatabase() throws Exception {
		Map<String, String> environment = environment(DatabaseKind.POSTGRESQL);
		Result sql = db(environment, "upgrade", "base:4c3d5e6f7081", "--sql");
		assertThat(sql.status()).isZero();
		assertThat(sql.out().lines().filter((line) -> line.startsWith("--"))).containsExactly(
				"-- Running upgrade  -> 1f0a2b3c4d5e", "-- Running upgrade 1f0a2b3c4d5e -> 2a1b3c4d5e6f",
				"-- Running upgrade 2a1b3c4d5e6f -> 4c3d5e6f7081");
		assertThat(sql.out()).contains("BEGIN;").contains("COMMIT;");
		assertThat(db(environment, "current").out()).isEmpty();
	}

	@Test
	void offlineSqlNeedsNoDatabaseWhenTheDialectIsGiven() throws Exception {
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/none",
				"MIGRATE_DIALECT", "postgresql");
		Result sql = db(environment, "downgrade", "heads:base", "--sql");
		assertThat(sql.status()).as(sql.err()).isZero();
		assertThat(sql.out()).contains("-- Running downgrade 1f0a2b3c4d5e -> ").contains("DROP TABLE account;");
		Result current = db(environment, "current");
		assertThat(current.status()).isEqualTo(1);
		assertThat(current.err()).startsWith("Error: ").contains("Connection to 127.0.0.1:1 refused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mariadb" })
	void theSampleRevisionsLintCleanOrWithAJustifiedSuppressionAndLintWithoutARangeNeedsTheDatabase(String dialect)
			throws Exception {
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", "jdbc:" + dialect + "://127.0.0.1:1/none",
				"MIGRATE_DIALECT", dialect);
		Result all = db(environment, "lint", "base:heads", "--fail-on", "info");
		assertThat(all.status()).as(all.err()).isZero();
		if (dialect.equals("mariadb")) {
			assertThat(all.out()).startsWith("mariadb-table-copy WARNING 7f708192a3b4 ")
				.contains(" [suppressed: no type change of a MariaDB column to DATETIME(6) runs in place; ")
				.endsWith("0 findings in 7 revisions (0 error, 0 warning, 0 info), 1 suppressed\n");
		}
		else {
			assertThat(all.out()).isEqualTo("No findings in 7 revisions\n");
		}
		Result pending = db(environment, "lint");
		assertThat(pending.status()).isEqualTo(1);
		assertThat(pending.err()).startsWith("Error: db lint without a range lints the pending revisions")
			.contains("'db lint base:heads'");
	}

	@Test
	void theDefaultDatabaseKeepsItsDataBetweenCommands() throws Exception {
		Map<String, String> environment = Map.of();
		assertThat(db(this.directory, environment, "upgrade").status()).isZero();
		assertThat(db(this.directory, environment, "current").out()).isEqualTo(HEAD + " (head)\n");
		assertThat(db(this.directory, environment, "downgrade", "-1").status()).isZero();
		assertThat(db(this.directory, environment, "current").out()).isEqualTo("6e5f708192a3\n");
		assertThat(this.directory.resolve("data")).isDirectory();
	}

	@Test
	void revisionAndMergeWriteIntoTheConfiguredDirectories() throws Exception {
		Map<String, String> environment = environment(DatabaseKind.H2);
		environment.put("MIGRATE_REVISIONS_SQL_DIRECTORY", this.directory.resolve("sql").toString());
		environment.put("MIGRATE_REVISIONS_JAVA_DIRECTORY", this.directory.resolve("java").toString());
		Files.createDirectories(this.directory.resolve("sql"));
		Files.createDirectories(this.directory.resolve("java"));
		Result revision = db(environment, "revision", "-m", "Add email index", "--format", "sql", "--rev-id",
				"7f6e5d4c3b2a");
		assertThat(revision.status()).isZero();
		Path written = this.directory.resolve("sql/7f6e5d4c3b2a_add_email_index.sql");
		assertThat(revision.out()).isEqualTo("Generating " + written.toAbsolutePath() + " ...  done\n");
		assertThat(Files.readString(written)).startsWith("-- revision: 7f6e5d4c3b2a\n-- revises: " + HEAD + "\n");
		Result single = db(environment, "merge", HEAD, "-m", "nothing to merge");
		assertThat(single.status()).isEqualTo(1);
		assertThat(single.err()).startsWith("Error: A merge needs at least two revisions to join");
		environment.put("MIGRATE_LOCATIONS", "classpath:db/migrations,file:" + this.directory.resolve("sql"));
		Result branch = db(environment, "revision", "-m", "Audit orders", "--head", "3b2c", "--splice", "--format",
				"sql", "--rev-id", "9b9b9b9b9b9b");
		assertThat(branch.status()).as(branch.err()).isZero();
		assertThat(db(environment, "heads").out())
			.isEqualTo("7f6e5d4c3b2a (accounts, orders) (head)\n" + "9b9b9b9b9b9b (orders) (head)\n");
		Result merge = db(environment, "merge", "heads", "-m", "Merge audit", "--format", "sql", "--rev-id",
				"8a8a8a8a8a8a");
		assertThat(merge.status()).as(merge.err()).isZero();
		assertThat(Files.readString(this.directory.resolve("sql/8a8a8a8a8a8a_merge_audit.sql")))
			.contains("-- revises: 7f6e5d4c3b2a, 9b9b9b9b9b9b\n");
		Result init = db(environment, "init");
		assertThat(init.status()).isEqualTo(1);
		assertThat(init.err()).endsWith("already exists and is not empty\n");
		environment.put("MIGRATE_REVISIONS_SQL_DIRECTORY", this.directory.resolve("fresh").toString());
		Result fresh = db(environment, "init");
		assertThat(fresh.status()).isZero();
		assertThat(fresh.out()).contains("Creating directory " + this.directory.resolve("fresh").toAbsolutePath());
		assertThat(this.directory.resolve("fresh/README.md")).exists();
	}

	@Test
	void revisionTwiceInARowFromTheProjectDirectoryGivesALine() throws Exception {
		Path project = this.directory.resolve("project");
		copy(Path.of("src/main/java/db/migrations"), project.resolve("src/main/java/db/migrations"));
		copy(Path.of("src/main/resources/db/migrations"), project.resolve("src/main/resources/db/migrations"));
		Map<String, String> environment = environment(DatabaseKind.H2);
		Result java = db(project, environment, "revision", "-m", "Add email index");
		assertThat(java.status()).as(java.err()).isZero();
		Path javaFile = project.resolve("src/main/java/db/migrations/AddEmailIndex.java");
		assertThat(java.out()).isEqualTo("Generating " + javaFile.toAbsolutePath() + " ...  done\n");
		String javaSource = Files.readString(javaFile);
		assertThat(javaSource).contains("revises = \"" + HEAD + "\"");
		String first = javaSource.replaceFirst("(?s).*@Revision\\(id = \"([0-9a-f]{12})\".*", "$1");
		Result sql = db(project, environment, "revision", "-m", "Add phone", "--format", "sql");
		assertThat(sql.status()).as(sql.err()).isZero();
		try (Stream<Path> files = Files.list(project.resolve("src/main/resources/db/migrations"))) {
			Path sqlFile = files.filter((file) -> file.getFileName().toString().endsWith("_add_phone.sql"))
				.findFirst()
				.orElseThrow();
			assertThat(Files.readString(sqlFile)).contains("-- revises: " + first + "\n");
		}
		Result merge = db(project, environment, "merge", "heads", "-m", "nothing to join");
		assertThat(merge.status()).isEqualTo(1);
		assertThat(merge.err())
			.startsWith("Error: A merge needs at least two revisions to join, and [heads] names " + "only ");
	}

	@Test
	void revisionFromADirectoryWithoutTheSourceDirectoriesIsRefused() throws Exception {
		Path elsewhere = Files.createDirectories(this.directory.resolve("elsewhere"));
		Result revision = db(elsewhere, environment(DatabaseKind.H2), "revision", "-m", "Add email index");
		assertThat(revision.status()).isEqualTo(1);
		assertThat(revision.out()).isEmpty();
		assertThat(revision.err()).isEqualTo("Error: Directory " + elsewhere.resolve("src/main/java").toAbsolutePath()
				+ " for Java revisions does not exist; run the command from the project's base directory, set "
				+ "migrate.revisions.java-directory to the source directory of Java revisions, or create the "
				+ "directories with 'db init'\n");
		assertThat(elsewhere).isEmptyDirectory();
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName().toString()));
			}
		}
	}

	@Test
	void locationWithoutRevisionsIsAWarningOnStandardError() throws Exception {
		Map<String, String> environment = environment(DatabaseKind.H2);
		Path missing = this.directory.resolve("no-such-directory");
		environment.put("MIGRATE_LOCATIONS", "file:" + missing);
		Result heads = db(environment, "heads");
		assertThat(heads.status()).as(heads.err()).isZero();
		assertThat(heads.out()).isEmpty();
		assertThat(heads.err()).isEqualTo("Warning: No revisions found in migrate.locations: file:" + missing
				+ " does not exist (resolved to " + missing + ")\n");
	}

	@Test
	void editedScriptIsAWarningOnStandardErrorUntilRepaired() throws Exception {
		Map<String, String> environment = environment(DatabaseKind.MARIADB);
		Path scripts = Files.createDirectories(this.directory.resolve("scripts"));
		environment.put("MIGRATE_LOCATIONS", "file:" + scripts);
		Path script = scripts.resolve("a1a1a1a1a1a1_tag.sql");
		Files.writeString(script, "-- revision: a1a1a1a1a1a1\n-- message: Create tag\n\n-- upgrade\n"
				+ "CREATE TABLE tag (id INT PRIMARY KEY);\n\n-- downgrade\nDROP TABLE tag;\n");
		assertThat(db(environment, "upgrade").status()).isZero();
		Files.writeString(script, Files.readString(script).replace("(id INT PRIMARY KEY)", "(id BIGINT PRIMARY KEY)"));
		Result failing = db(environment, "upgrade");
		assertThat(failing.status()).isEqualTo(1);
		assertThat(failing.err()).startsWith("Error: Applied scripts were edited after they ran:\n"
				+ "  - revision a1a1a1a1a1a1 (file:" + script + ")");
		environment.put("MIGRATE_CHECKSUM_POLICY", "warn");
		Result warning = db(environment, "upgrade");
		assertThat(warning.status()).as(warning.err()).isZero();
		assertThat(warning.out()).isEmpty();
		assertThat(warning.err()).startsWith("Warning: Applied scripts were edited after they ran:\n")
			.endsWith("Accept the edits with 'db repair', or restore the scripts as they were.\n");
		Result repair = db(environment, "repair");
		assertThat(repair.status()).isZero();
		assertThat(repair.out()).isEqualTo("Accepted the edited script of a1a1a1a1a1a1 (file:" + script + ")\n");
		environment.remove("MIGRATE_CHECKSUM_POLICY");
		Result clean = db(environment, "upgrade");
		assertThat(clean.status()).isZero();
		assertThat(clean.err()).isEmpty();
	}

	private Map<String, String> environment(DatabaseKind kind) throws IOException {
		Map<String, String> environment = new HashMap<>();
		if (kind == DatabaseKind.H2) {
			String url = "jdbc:h2:file:" + this.directory.resolve("h2/sample") + ";AUTO_SERVER=FALSE";
			environment.put("SPRING_DATASOURCE_URL", url);
		}
		else {
			this.database = DatabaseServers.shared().createDatabase(kind);
			environment.putAll(this.database.springEnvironment());
		}
		return environment;
	}

	private static Result db(Map<String, String> environment, String... arguments) throws Exception {
		return db(Path.of("."), environment, arguments);
	}

	/**
	 * Run {@code db <arguments>} in a new JVM on this test's class path.
	 */
	private static Result db(Path workingDirectory, Map<String, String> environment, String... arguments)
			throws Exception {
		List<String> command = new ArrayList<>(List.of("db"));
		command.addAll(List.of(arguments));
		return JavaProcess.run(workingDirectory, environment, SampleApplication.class, command);
	}

}
