package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.runtime.Migrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code db revision}, {@code db merge} and {@code db init} through
 * {@link DbCommandLine}, with real files: the revisions a project has in its source
 * directories next to the compiled ones, and source directories that are missing.
 */
class AuthoringCommandsTests {

	@TempDir
	Path project;

	private Path compiled;

	@BeforeEach
	void createCompiledLocation() throws IOException {
		this.compiled = Files.createDirectories(this.project.resolve("target/classes/db/migrations"));
	}

	@Test
	void missingSourceDirectoryIsRefusedWithItsSettingAndNothingIsCreated() {
		Result sql = run(files(this.project.resolve("elsewhere")), "revision", "-m", "add users", "--format", "sql");
		Path sqlDirectory = this.project.resolve("elsewhere/src/main/resources/db/migrations").toAbsolutePath();
		assertThat(sql.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(sql.out()).isEmpty();
		assertThat(sql.err()).isEqualTo("Error: Directory " + sqlDirectory + " for SQL revisions does not exist; "
				+ "run the command from the project's base directory, set migrate.revisions.sql-directory to the "
				+ "directory of SQL revisions, or create the directories with 'db init'\n");
		Result java = run(files(this.project.resolve("elsewhere")), "merge", "heads", "-m", "join");
		assertThat(java.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(java.err())
			.startsWith("Error: Directory " + this.project.resolve("elsewhere/src/main/java").toAbsolutePath()
					+ " for Java revisions does not exist")
			.contains("set migrate.revisions.java-directory to the source directory of Java revisions");
		assertThat(this.project.resolve("elsewhere")).doesNotExist();
	}

	@Test
	void initCreatesTheDirectoriesThatRevisionThenWritesInto() {
		RevisionFiles files = files(this.project);
		assertThat(run(files, "init").status()).isZero();
		Result revision = run(files, "revision", "-m", "add users", "--format", "sql", "--rev-id", "aaaa00000001");
		assertThat(revision.status()).as(revision.err()).isZero();
		assertThat(files.sqlDirectory().resolve("aaaa00000001_add_users.sql")).isRegularFile();
	}

	private RevisionFiles files(Path projectDirectory) {
		RevisionFiles standard = RevisionFiles.standard(projectDirectory);
		return new RevisionFiles(standard.javaDirectory(), standard.javaPackage(), standard.sqlDirectory(),
				"migrate.revisions.java-directory", "migrate.revisions.sql-directory");
	}

	private Result run(RevisionFiles files, String... arguments) {
		Migrator migrator = Migrator.configure().dialect("h2").locations("file:" + this.compiled).load();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new DbCommandLine(() -> new DbCommands(migrator, files)).run(List.of(arguments),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String out, String err) {

	}

}
