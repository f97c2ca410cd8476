package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.runtime.ChecksumPolicy;
import dev.migrate.runtime.Migrator;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DbCommandLine}: parsing, output streams and exit status.
 */
class DbCommandLineTests {

	@TempDir
	Path directory;

	private final TestDatabase database = TestDatabase.h2();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int loads;

	private Path revisionRoot;

	private ChecksumPolicy policy = ChecksumPolicy.FAIL;

	private String location;

	@BeforeEach
	void writeRevisions() throws IOException {
		this.revisionRoot = this.directory.resolve("new");
		this.location = "file:" + this.directory;
		Files.writeString(this.directory.resolve("a1.sql"), "-- revision: aaaa1111\n-- message: create account\n\n"
				+ "-- upgrade\nCREATE TABLE account (id INT PRIMARY KEY);\n\n-- downgrade\nDROP TABLE account;\n");
		Files.writeString(this.directory.resolve("b2.sql"), "-- revision: bbbb2222\n-- revises: aaaa1111\n"
				+ "-- message: create tag\n\n-- upgrade\nCREATE TABLE tag (id INT PRIMARY KEY);\n\n-- downgrade\n"
				+ "DROP TABLE tag;\n");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void upgradeDefaultsToHeadAndPrintsEachStep() {
		assertThat(run("upgrade")).isZero();
		assertThat(out()).isEqualTo("Running upgrade  -> aaaa1111, create account\n"
				+ "Running upgrade aaaa1111 -> bbbb2222, create tag\n");
		assertThat(err()).isEmpty();
	}

	@Test
	void downgradeDefaultsToMinusOne() {
		run("upgrade");
		this.out.reset();
		assertThat(run("downgrade")).isZero();
		assertThat(out()).isEqualTo("Running downgrade bbbb2222 -> aaaa1111, create tag\n");
	}

	@Test
	void downgradeSqlWithoutRangeStepsBackFromHead() {
		assertThat(run("downgrade", "--sql")).isZero();
		assertThat(out()).contains("-- Running downgrade bbbb2222 -> aaaa1111").doesNotContain("aaaa1111 -> ;");
		this.out.reset();
		assertThat(run("downgrade", "base", "--sql")).as(this::err).isZero();
		assertThat(out()).contains("-- Running downgrade aaaa1111 -> ");
	}

	@Test
	void historyRangeMayStartWithADash() {
		assertThat(run("history", "-r", "-1:", "--verbose")).isZero();
		assertThat(out()).contains("Rev: bbbb2222 (head)").contains("Rev: aaaa1111\n");
		this.out.reset();
		assertThat(run("history", "--rev-range=aaaa:aaaa")).isZero();
		assertThat(out()).isEqualTo("<base> -> aaaa1111, create account\n");
	}

	@Test
	void failedCommandPrintsErrorAndExitsWithOne() {
		assertThat(run("upgrade", "nosuch")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("Error: Can't locate revision identified by 'nosuch'; no revision id starts "
				+ "with it and no branch label has this name\n");
	}

	@Test
	void wrongUsageExitsWithTwoWithoutLoadingRevisions() {
		assertThat(run("upgrade", "--bogus")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).startsWith("Error: No such option: --bogus\nUsage: db upgrade [REVISION] [--sql]");
		this.err.reset();
		assertThat(run("frobnicate")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).startsWith("Error: No such command 'frobnicate'.");
		this.err.reset();
		assertThat(run("revision", "-m")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).startsWith("Error: Option -m needs a value");
		this.err.reset();
		assertThat(run("upgrade", "a", "b")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).startsWith("Error: Unexpected argument(s): a b");
		assertThat(this.loads).isZero();
	}

	@Test
	void helpListsCommandsAndTheirOptions() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("  upgrade    Upgrade to a later revision (default head)")
			.contains("  merge      Create a revision that merges heads")
			.contains("  repair     Accept edited applied scripts and clear a failure resolved by hand");
		this.out.reset();
		assertThat(run("stamp", "--help")).isZero();
		assertThat(out()).startsWith("Usage: db stamp [REVISION...] [--sql] [--purge]");
	}

	@Test
	void stampTakesSeveralRevisionsAndPurge() {
		assertThat(run("stamp", "bbbb", "--purge")).isZero();
		assertThat(out()).contains("Running stamp_revision  -> bbbb2222");
		this.out.reset();
		run("current");
		assertThat(out()).isEqualTo("bbbb2222 (head)\n");
	}

	@Test
	void revisionWritesAScript() throws IOException {
		Files.createDirectories(this.directory.resolve("new/sql"));
		assertThat(run("revision", "-m", "add tag name", "--format", "sql", "--rev-id", "cccc3333")).isZero();
		assertThat(out()).startsWith("Generating ").endsWith("cccc3333_add_tag_name.sql ...  done\n");
		assertThat(this.directory.resolve("new/sql/cccc3333_add_tag_name.sql")).exists();
	}

	@Test
	void directoryThatCannotBeCreatedIsAnErrorWithExitStatusOne() throws IOException {
		Path file = Files.writeString(this.directory.resolve("not-a-directory"), "a regular file");
		this.revisionRoot = file;
		assertThat(run("init")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("Error: Cannot create " + file.resolve("sql"))
			.contains(file.toString())
			.endsWith("\n")
			.hasLineCount(1);
		this.err.reset();
		this.revisionRoot = this.directory.resolve("blocked");
		Files.createDirectories(this.revisionRoot.resolve("java"));
		Path blocker = Files.writeString(this.revisionRoot.resolve("java/db"), "a regular file");
		assertThat(run("revision", "-m", "add tag name")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("Error: Cannot ").contains(blocker.toString()).hasLineCount(1);
	}

	@Test
	void editedScriptIsAnErrorOrByPolicyAWarningOnStandardError() throws IOException {
		run("upgrade");
		Files.writeString(this.directory.resolve("a1.sql"),
				"-- revision: aaaa1111\n-- message: create account\n\n"
						+ "-- upgrade\nCREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(10));\n\n-- downgrade\n"
						+ "DROP TABLE account;\n");
		reset();
		assertThat(run("upgrade")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).startsWith("Error: Applied scripts were edited after they ran:\n  - revision aaaa1111 (");
		this.policy = ChecksumPolicy.WARN;
		reset();
		assertThat(run("upgrade")).isZero();
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("Warning: Applied scripts were edited after they ran:\n  - revision aaaa1111 (")
			.endsWith("Accept the edits with 'db repair', or restore the scripts as they were.\n");
		reset();
		assertThat(run("repair")).isZero();
		assertThat(out()).startsWith("Accepted the edited script of aaaa1111 (").endsWith("a1.sql)\n");
		reset();
		assertThat(run("upgrade")).isZero();
		assertThat(err()).isEmpty();
	}

	@Test
	void revisionWithoutDowngradeNamesTheStampThatStepsOverIt() throws IOException {
		Files.writeString(this.directory.resolve("c3.sql"),
				"-- revision: cccc3333\n-- revises: bbbb2222\n\n-- upgrade\nCREATE TABLE note (id INT);\n");
		run("upgrade");
		reset();
		assertThat(run("downgrade")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).contains("has no '-- downgrade' section, so it cannot be downgraded; add one, or undo it"
				+ " by hand and run 'db stamp bbbb2222'\n");
		reset();
		assertThat(run("stamp", "bbbb2222")).isZero();
		assertThat(out()).isEqualTo("Running stamp_revision cccc3333 -> bbbb2222\n");
	}

	@Test
	void locationWithoutRevisionsIsAWarningOnStandardError() {
		Path missing = this.directory.resolve("missing");
		this.location = "file:" + missing;
		assertThat(run("heads")).isZero();
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("Warning: No revisions found in migrate.locations: file:" + missing
				+ " does not exist (resolved to " + missing + ")\n");
	}

	private void reset() {
		this.out.reset();
		this.err.reset();
	}

	@Test
	void aShellRunningManyCommandsWarnsAboutLocationsOnce() {
		Path missing = this.directory.resolve("missing");
		this.location = "file:" + missing;
		DbCommandLine shell = commandLine();
		assertThat(run(shell, "heads")).isZero();
		assertThat(run(shell, "branches")).isZero();
		assertThat(err()).isEqualTo("Warning: No revisions found in migrate.locations: file:" + missing
				+ " does not exist (resolved to " + missing + ")\n");
	}

	private int run(String... arguments) {
		return run(commandLine(), arguments);
	}

	private int run(DbCommandLine commandLine, String... arguments) {
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private DbCommandLine commandLine() {
		return new DbCommandLine(() -> {
			this.loads++;
			Migrator migrator = Migrator.configure()
				.dataSource(this.database.dataSource())
				.locations(this.location)
				.checksumPolicy(this.policy)
				.load();
			return new DbCommands(migrator, new RevisionFiles(this.revisionRoot.resolve("java"), "db.migrations",
					this.revisionRoot.resolve("sql")));
		});
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
