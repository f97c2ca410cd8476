package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

	private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done\n");

	private static final Pattern ID = Pattern.compile("(?:-- revision: |id = \")([0-9a-f]{12})");

	private static final Pattern PARENT = Pattern.compile("(?:-- revises: |revises = \")([0-9a-f]{12})");

	@TempDir
	Path project;

	private Path compiled;

	@BeforeEach
	void createCompiledLocation() throws IOException {
		this.compiled = Files.createDirectories(this.project.resolve("target/classes/db/migrations"));
	}

	@Test
	void revisionsInARowMakeAStraightLineWithoutABuildInBetween() throws IOException {
		compiledSql("c0ffee000001", "", "compiled base");
		RevisionFiles files = createdFiles();
		List<String> ids = new ArrayList<>();
		for (String format : List.of("java", "sql", "sql", "java")) {
			Result revision = run(files, "revision", "-m", "step " + (ids.size() + 1), "--format", format);
			assertThat(revision.status()).as(revision.err()).isZero();
			ids.add(writtenId(revision));
		}
		assertThat(parentOf(files, ids.get(0))).isEqualTo("c0ffee000001");
		assertThat(parentOf(files, ids.get(1))).isEqualTo(ids.get(0));
		assertThat(parentOf(files, ids.get(2))).isEqualTo(ids.get(1));
		assertThat(parentOf(files, ids.get(3))).isEqualTo(ids.get(2));
		Result merge = run(files, "merge", "heads", "-m", "nothing to join");
		assertThat(merge.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(merge.err())
			.startsWith("Error: A merge needs at least two revisions to join, and [heads] names only " + ids.get(3));
	}

	@Test
	void mergeSeesHeadsThatExistOnlyInSources() throws IOException {
		compiledSql("b0b0b0b0b0b0", "", "base");
		compiledSql("c1c1c1c1c1c1", "b0b0b0b0b0b0", "compiled head");
		RevisionFiles files = createdFiles();
		javaSource(files, "AuditOrders", """
				@Revision(id = "5a5a5a5a5a5a", revises = { "b0b0b0b0b0b0" }, message = "Audit orders",
						branchLabels = "audit", created = "2026-11-22T10:15:30", transactional = false)""");
		Result merge = run(files, "merge", "heads", "-m", "join audit", "--format", "sql", "--rev-id", "e1e1e1e1e1e1");
		assertThat(merge.status()).as(merge.err()).isZero();
		assertThat(Files.readString(files.sqlDirectory().resolve("e1e1e1e1e1e1_join_audit.sql")))
			.contains("-- revises: c1c1c1c1c1c1, 5a5a5a5a5a5a\n");
		Result revision = run(files, "revision", "-m", "after the merge", "--format", "sql", "--rev-id",
				"f2f2f2f2f2f2");
		assertThat(revision.status()).as(revision.err()).isZero();
		assertThat(parentOf(files, "f2f2f2f2f2f2")).isEqualTo("e1e1e1e1e1e1");
		Result dependent = run(files, "revision", "-m", "needs audit", "--depends-on", "audit", "--format", "sql",
				"--rev-id", "a3a3a3a3a3a3");
		assertThat(dependent.status()).as(dependent.err()).isZero();
		assertThat(Files.readString(files.sqlDirectory().resolve("a3a3a3a3a3a3_needs_audit.sql")))
			.contains("-- revises: f2f2f2f2f2f2\n")
			.contains("-- depends-on: audit\n");
	}

	@Test
	void sourceRevisionReplacesTheCompiledOneOfTheSameId() throws IOException {
		compiledSql("b0b0b0b0b0b0", "", "base");
		compiledSql("c1c1c1c1c1c1", "b0b0b0b0b0b0", "compiled before the edit");
		compiledSql("d2d2d2d2d2d2", "b0b0b0b0b0b0", "other branch");
		RevisionFiles files = createdFiles();
		Files.writeString(files.sqlDirectory().resolve("c1c1c1c1c1c1_rebased.sql"),
				"-- revision: c1c1c1c1c1c1\n-- revises: d2d2d2d2d2d2\n-- message: rebased\n\n-- upgrade\n");
		Result revision = run(files, "revision", "-m", "on the rebased head", "--format", "sql", "--rev-id",
				"e3e3e3e3e3e3");
		assertThat(revision.status()).as(revision.err()).isZero();
		assertThat(parentOf(files, "e3e3e3e3e3e3")).isEqualTo("c1c1c1c1c1c1");
	}

	@Test
	void sourcesWithoutRevisionAreSkippedAndBrokenOnesNamedWithTheirLine() throws IOException {
		RevisionFiles files = createdFiles();
		Path packageDirectory = Files.createDirectories(files.javaPackageDirectory());
		Files.writeString(packageDirectory.resolve("package-info.java"), "package db.migrations;\n");
		Files.writeString(packageDirectory.resolve("Helper.java"),
				"package db.migrations;\n\nclass Helper {\n\n\t@Revision\n\tvoid local() {\n\t}\n\n}\n");
		assertThat(run(files, "revision", "-m", "first", "--format", "sql").status()).isZero();
		Path broken = packageDirectory.resolve("Broken.java");
		Files.writeString(broken, "package db.migrations;\n\npublic class Broken {\n\tvoid upgrade( {\n}\n");
		Result unparsable = run(files, "revision", "-m", "second");
		assertThat(unparsable.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(unparsable.err()).isEqualTo(noCompiledRevisions() + "Error: Cannot parse Java source " + broken
				+ " line 4: Parse error. Found \"{\"; fix the source so that it compiles\n");
		Files.delete(broken);
		Path constant = javaSource(files, "UsesConstant", """
				@Revision(id = "7c7c7c7c7c7c",
						revises = Parents.LAST)""");
		Result notLiteral = run(files, "revision", "-m", "second");
		assertThat(notLiteral.err())
			.isEqualTo(noCompiledRevisions() + "Error: Attribute 'revises' is 'Parents.LAST' in @Revision of "
					+ constant + " line 8; write a string literal or an array of string literals there, or literals "
					+ "joined with + (constants and other expressions are not read from sources)\n");
		javaSource(files, "UsesConstant", "@Revision(id = \"7c7c7c7c7c7c\", created = \"yesterday\")");
		assertThat(run(files, "revision", "-m", "second").err()).startsWith(noCompiledRevisions()
				+ "Error: Invalid created date 'yesterday' in @Revision of " + constant + " line 7; use an ISO-8601");
		javaSource(files, "UsesConstant", "@Revision(revises = \"7c7c7c7c7c7c\", label = \"x\")");
		assertThat(run(files, "revision", "-m", "second").err()).startsWith(noCompiledRevisions()
				+ "Error: Unknown attribute 'label' in @Revision of " + constant + " line 7; @Revision has "
				+ "branchLabels, created, dependsOn, id, lintIgnore, lockTimeout, message, revises, statementTimeout, "
				+ "transactional");
		assertThat(files.javaPackageDirectory().resolve("Second.java")).doesNotExist();
	}

	@Test
	void stringLiteralsJoinedWithPlusAreReadFromSources() throws IOException {
		RevisionFiles files = createdFiles();
		javaSource(files, "LongReason", """
				@Revision(id = "8d8d8d8d8d8d", message = "a message " + "wrapped",
						lintIgnore = { "drop-table the table " + ("was " + "empty") })""");
		Result revision = run(files, "revision", "-m", "next", "--format", "sql", "--rev-id", "9e9e9e9e9e9e");
		assertThat(revision.status()).as(revision.err()).isZero();
		assertThat(parentOf(files, "9e9e9e9e9e9e")).isEqualTo("8d8d8d8d8d8d");
	}

	@Test
	void missingSourceDirectoryIsRefusedWithItsSettingAndNothingIsCreated() {
		Result sql = run(files(this.project.resolve("elsewhere")), "revision", "-m", "add users", "--format", "sql");
		Path sqlDirectory = this.project.resolve("elsewhere/src/main/resources/db/migrations").toAbsolutePath();
		assertThat(sql.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(sql.out()).isEmpty();
		assertThat(sql.err()).isEqualTo(noCompiledRevisions() + "Error: Directory " + sqlDirectory
				+ " for SQL revisions does not exist; "
				+ "run the command from the project's base directory, set migrate.revisions.sql-directory to the "
				+ "directory of SQL revisions, or create the directories with 'db init'\n");
		Result java = run(files(this.project.resolve("elsewhere")), "merge", "heads", "-m", "join");
		assertThat(java.status()).isEqualTo(DbCommandLine.FAILURE);
		assertThat(java.err())
			.startsWith(noCompiledRevisions() + "Error: Directory "
					+ this.project.resolve("elsewhere/src/main/java").toAbsolutePath()
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

	private void compiledSql(String id, String revises, String message) throws IOException {
		Files.writeString(this.compiled.resolve(id + ".sql"), "-- revision: " + id + "\n-- revises: " + revises
				+ "\n-- message: " + message + "\n\n-- upgrade\nSELECT 1;\n\n-- downgrade\nSELECT 1;\n");
	}

	private Path javaSource(RevisionFiles files, String className, String annotation) throws IOException {
		Path file = Files.createDirectories(files.javaPackageDirectory()).resolve(className + ".java");
		Files.writeString(file, """
				package db.migrations;

				import dev.migrate.ops.Operations;
				import dev.migrate.script.Migration;
				import dev.migrate.script.Revision;

				%s
				public class %s implements Migration {

					@Override
					public void upgrade(Operations op) {
					}

				}
				""".formatted(annotation, className));
		return file;
	}

	/**
	 * The standard layout in the project, with its source directories created.
	 */
	private RevisionFiles createdFiles() throws IOException {
		RevisionFiles files = files(this.project);
		Files.createDirectories(files.javaDirectory());
		Files.createDirectories(files.sqlDirectory());
		return files;
	}

	private static String writtenId(Result result) throws IOException {
		Matcher generated = GENERATED.matcher(result.out());
		assertThat(generated.matches()).as(result.out()).isTrue();
		Matcher id = ID.matcher(Files.readString(Path.of(generated.group(1))));
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	/**
	 * The parent a written script declares, read from its text.
	 */
	private static String parentOf(RevisionFiles files, String id) throws IOException {
		for (Path directory : List.of(files.javaPackageDirectory(), files.sqlDirectory())) {
			if (!Files.isDirectory(directory)) {
				continue;
			}
			try (Stream<Path> scripts = Files.list(directory)) {
				for (Path script : scripts.toList()) {
					String text = Files.readString(script);
					if (text.contains("revision: " + id + "\n") || text.contains("id = \"" + id + "\"")) {
						Matcher parent = PARENT.matcher(text);
						assertThat(parent.find()).as(text).isTrue();
						return parent.group(1);
					}
				}
			}
		}
		throw new AssertionError("No script of revision " + id);
	}

	private RevisionFiles files(Path projectDirectory) {
		RevisionFiles standard = RevisionFiles.standard(projectDirectory);
		return new RevisionFiles(standard.javaDirectory(), standard.javaPackage(), standard.sqlDirectory(),
				"migrate.revisions.java-directory", "migrate.revisions.sql-directory");
	}

	/**
	 * The warning of every command here: the revisions written are not compiled into the
	 * location the migrator reads.
	 */
	private String noCompiledRevisions() {
		return "Warning: No revisions found in migrate.locations: file:" + this.compiled + " holds no revisions\n";
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
