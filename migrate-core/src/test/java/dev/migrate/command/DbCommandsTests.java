package dev.migrate.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.graph.MultipleHeadsException;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.RevisionGraphException;
import dev.migrate.runtime.Migrator;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DbCommands}: Alembic's output formats for a graph with a branch, a
 * merge, branch labels and dependencies, on an H2 database.
 */
class DbCommandsTests {

	@TempDir
	Path directory;

	private final TestDatabase database = TestDatabase.h2();

	private Path revisions;

	@BeforeEach
	void writeRevisions() throws IOException {
		this.revisions = Files.createDirectories(this.directory.resolve("revisions"));
		Files.createDirectories(this.directory.resolve("java"));
		Files.createDirectories(this.directory.resolve("sql"));
		revision("1975ea83b712", "", "create account table", "");
		revision("27c6a30d7c24", "1975ea83b712", "add email column", "");
		revision("3cac04ae8714", "27c6a30d7c24", "add orders table", "");
		revision("4e1f5b8a9c01", "27c6a30d7c24", "add audit table", "");
		revision("5a6b7c8d9e0f", "3cac04ae8714, 4e1f5b8a9c01", "merge orders and audit", "");
		revision("3782d9986ced", "", "create networking", "-- branch-labels: networking\n");
		revision("109ec7d132bf", "3782d9986ced", "add ip number", "");
		revision("430f5b9a6f4c", "", "create cart", "-- branch-labels: shoppingcart\n");
		revision("55af2cb1c267", "430f5b9a6f4c", "add cart items", "-- depends-on: networking\n");
		revision("7dd5f2a1e3b0", "5a6b7c8d9e0f", "depends on partial", "-- depends-on: 109ec7d132bf\n");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void headsMarkRealAndEffectiveHeads() {
		assertThat(commands().heads(false, false)).isEqualTo("""
				109ec7d132bf (networking) (effective head)
				55af2cb1c267 (shoppingcart) (head)
				7dd5f2a1e3b0 (head)
				""");
		assertThat(commands().heads(false, true)).isEqualTo("""
				55af2cb1c267 (shoppingcart) (head)
				7dd5f2a1e3b0 (head)
				""");
	}

	@Test
	void historyShowsParentsDependenciesLabelsAndMarkers() {
		assertThat(commands().history(null, false, false).lines()).containsExactlyInAnyOrder(
				"5a6b7c8d9e0f (109ec7d132bf) -> 7dd5f2a1e3b0 (head), depends on partial",
				"3cac04ae8714, 4e1f5b8a9c01 -> 5a6b7c8d9e0f (mergepoint), merge orders and audit",
				"430f5b9a6f4c (networking) -> 55af2cb1c267 (shoppingcart) (head), add cart items",
				"27c6a30d7c24 -> 4e1f5b8a9c01, add audit table", "<base> -> 430f5b9a6f4c (shoppingcart), create cart",
				"27c6a30d7c24 -> 3cac04ae8714, add orders table",
				"1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column",
				"<base> -> 1975ea83b712, create account table",
				"3782d9986ced -> 109ec7d132bf (networking) (effective head), add ip number",
				"<base> -> 3782d9986ced (networking), create networking");
		assertThat(commands().history(null, false, false).lines().findFirst())
			.hasValue("5a6b7c8d9e0f (109ec7d132bf) -> 7dd5f2a1e3b0 (head), depends on partial");
	}

	@Test
	void historyOfARange() {
		assertThat(commands().history("27c6:5a6b", false, false)).isEqualTo("""
				3cac04ae8714, 4e1f5b8a9c01 -> 5a6b7c8d9e0f (mergepoint), merge orders and audit
				27c6a30d7c24 -> 4e1f5b8a9c01, add audit table
				27c6a30d7c24 -> 3cac04ae8714, add orders table
				1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column
				""");
	}

	@Test
	void branchesListChildrenUnderEachBranchPoint() {
		assertThat(commands().branches(false)).isEqualTo("""
				27c6a30d7c24 (branchpoint)
				             -> 3cac04ae8714
				             -> 4e1f5b8a9c01

				""");
		assertThat(commands().branches(true)).contains("Rev: 27c6a30d7c24 (branchpoint)\n")
			.contains("Branches into: 3cac04ae8714, 4e1f5b8a9c01\n")
			.contains("             -> 3cac04ae8714, add orders table\n");
	}

	@Test
	void currentFollowsTheDatabase() {
		DbCommands commands = commands();
		assertThat(commands.current(false)).isEmpty();
		commands.upgrade("3cac04ae8714");
		commands.upgrade("4e1f5b8a9c01");
		assertThat(commands.current(false)).isEqualTo("""
				3cac04ae8714
				4e1f5b8a9c01
				""");
		commands.upgrade("5a6b7c8d9e0f");
		assertThat(commands.current(false)).isEqualTo("5a6b7c8d9e0f (mergepoint)\n");
		assertThat(commands.history(null, false, true)).contains("-> 5a6b7c8d9e0f (current) (mergepoint)");
	}

	@Test
	void currentShowsDependenciesWithoutARowAsEffectiveHeads() {
		DbCommands commands = commands();
		commands.upgrade("shoppingcart@head");
		assertThat(commands.current(false)).isEqualTo("""
				3782d9986ced
				55af2cb1c267 (head)
				""");
	}

	@Test
	void upgradePrintsOneLinePerStep() {
		assertThat(commands().upgrade("27c6")).isEqualTo("""
				Running upgrade  -> 1975ea83b712, create account table
				Running upgrade 1975ea83b712 -> 27c6a30d7c24, add email column
				""");
		assertThat(commands().downgrade("-1")).isEqualTo("""
				Running downgrade 27c6a30d7c24 -> 1975ea83b712, add email column
				""");
		assertThat(commands().stamp(List.of("27c6"), false)).isEqualTo("""
				Running stamp_revision 1975ea83b712 -> 27c6a30d7c24
				""");
	}

	@Test
	void currentVerboseAddsWhenAndByWhomItWasApplied() {
		DbCommands commands = commands();
		commands.upgrade("1975");
		String verbose = commands.current(true);
		assertThat(verbose).startsWith("Current revision(s) for jdbc:h2:mem:")
			.contains("\nRev: 1975ea83b712\nParent: <base>\nPath: file:")
			.containsPattern("Applied: \\S+ by SA in \\d+ ms, 1 statement\n")
			.contains("\n    create account table\n    \n    Revision ID: 1975ea83b712\n    Revises: \n");
	}

	@Test
	void showPrintsTheFullEntry() {
		assertThat(commands().show("55af")).startsWith("""
				Rev: 55af2cb1c267 (head)
				Parent: 430f5b9a6f4c
				Also depends on: networking
				Branch names: shoppingcart
				Path: file:""");
		assertThat(commands().show("5a6b"))
			.contains("Rev: 5a6b7c8d9e0f (mergepoint)\nMerges: 3cac04ae8714, 4e1f5b8a9c01\n");
	}

	@Test
	void upgradeSqlWritesAlembicsComments() {
		String sql = commands().upgradeSql("base:27c6");
		assertThat(sql.lines().filter((line) -> line.startsWith("--")))
			.containsExactly("-- Running upgrade  -> 1975ea83b712", "-- Running upgrade 1975ea83b712 -> 27c6a30d7c24");
		assertThat(sql).contains(
				"UPDATE migrate_version SET version_num='27c6a30d7c24' WHERE migrate_version.version_num = '1975ea83b712';");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> commands().stampSql("heads", true))
			.withMessage("Can't use --purge with --sql mode");
	}

	@Test
	void revisionWritesASqlScriptOnTheHead() throws IOException {
		DbCommands commands = commands();
		NewRevision request = new NewRevision("Add index to orders!", "networking@head", false, List.of(), List.of(),
				"aaaabbbbcccc", ScriptFormat.SQL);
		String output = commands.revision(request);
		Path written = this.directory.resolve("sql/aaaabbbbcccc_add_index_to_orders.sql");
		assertThat(output).isEqualTo("Generating " + written.toAbsolutePath() + " ...  done\n");
		assertThat(Files.readString(written)).isEqualTo("""
				-- revision: aaaabbbbcccc
				-- revises: 109ec7d132bf
				-- message: Add index to orders!
				-- created: 2026-11-22T10:15:30

				-- upgrade

				-- downgrade
				""");
	}

	@Test
	void revisionWritesAJavaMigration() throws IOException {
		NewRevision request = new NewRevision("add cart totals", "55af", false, List.of("totals"), List.of("109e"),
				"ddddeeeeffff", ScriptFormat.JAVA);
		commands().revision(request);
		assertThat(Files.readString(this.directory.resolve("java/db/migrations/AddCartTotals.java"))).isEqualTo(
				"""
						package db.migrations;

						import dev.migrate.ops.Operations;
						import dev.migrate.script.Migration;
						import dev.migrate.script.Revision;

						@Revision(id = "ddddeeeeffff", revises = "55af2cb1c267", message = "add cart totals", created = "2026-11-22T10:15:30", branchLabels = "totals", dependsOn = "109ec7d132bf")
						public class AddCartTotals implements Migration {

							@Override
							public void upgrade(Operations op) {
							}

							@Override
							public void downgrade(Operations op) {
							}

						}
						""");
	}

	@Test
	void revisionRefusesAmbiguousOrNonHeadParents() {
		assertThatExceptionOfType(MultipleHeadsException.class)
			.isThrownBy(() -> commands().revision(NewRevision.of("x", ScriptFormat.SQL)))
			.withMessageStartingWith("Multiple heads are present; please specify the head revision on which the new "
					+ "revision should be based, or perform a merge.");
		NewRevision onBranchPoint = new NewRevision("x", "27c6", false, List.of(), List.of(), null, ScriptFormat.SQL);
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> commands().revision(onBranchPoint))
			.withMessage("Revision 27c6a30d7c24 is not a head revision; please specify --splice to create a new "
					+ "branch from this revision");
		NewRevision spliced = new NewRevision("x", "27c6", true, List.of(), List.of(), "aaaa0000aaaa",
				ScriptFormat.SQL);
		assertThat(commands().revision(spliced)).contains("aaaa0000aaaa_x.sql");
	}

	@Test
	void revisionRefusesTakenIdsAndLabelsBeforeWritingAnything() throws IOException {
		NewRevision takenId = new NewRevision("x", "base", false, List.of(), List.of(), "1975ea83b712",
				ScriptFormat.SQL);
		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> commands().revision(takenId))
			.withMessageContaining("Revision 1975ea83b712 is present more than once");
		NewRevision takenLabel = new NewRevision("x", "base", false, List.of("networking"), List.of(), null,
				ScriptFormat.SQL);
		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> commands().revision(takenLabel))
			.withMessageContaining("Branch name 'networking'");
		NewRevision badId = new NewRevision("x", "base", false, List.of(), List.of(), "a-b", ScriptFormat.SQL);
		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> commands().revision(badId))
			.withMessageContaining("Character(s) '-' not allowed in revision identifier 'a-b'");
		assertThat(this.directory.resolve("sql")).isEmptyDirectory();
	}

	@Test
	void mergeJoinsHeadsAndRefusesFewerThanTwo() throws IOException {
		String output = commands().merge(List.of("55af", "7dd5"), "merge cart", List.of(), "eeee1111eeee",
				ScriptFormat.SQL);
		assertThat(output).contains("eeee1111eeee_merge_cart.sql");
		assertThat(Files.readString(this.directory.resolve("sql/eeee1111eeee_merge_cart.sql")))
			.contains("-- revises: 55af2cb1c267, 7dd5f2a1e3b0\n");
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> commands().merge(List.of("55af"), "m", List.of(), null, ScriptFormat.SQL))
			.withMessageStartingWith(
					"A merge needs at least two revisions to join, and [55af] names only 55af2cb1c267");
		assertThatExceptionOfType(RevisionException.class)
			.isThrownBy(() -> commands().merge(List.of("27c6", "55af"), "m", List.of(), null, ScriptFormat.SQL))
			.withMessageStartingWith("Revision 27c6a30d7c24 is not a head revision");
	}

	@Test
	void initCreatesTheDirectoriesOnce() {
		DbCommands commands = commands(RevisionFiles.standard(this.directory.resolve("fresh")));
		String output = commands.init();
		Path sql = this.directory.resolve("fresh/src/main/resources/db/migrations");
		assertThat(output).contains("Creating directory " + sql.toAbsolutePath())
			.contains("Generating " + sql.resolve("README.md").toAbsolutePath() + " ...  done");
		assertThat(this.directory.resolve("fresh/src/main/java/db/migrations")).isDirectory();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(commands::init)
			.withMessageEndingWith("already exists and is not empty");
	}

	private DbCommands commands() {
		return commands(
				new RevisionFiles(this.directory.resolve("java"), "db.migrations", this.directory.resolve("sql")));
	}

	private DbCommands commands(RevisionFiles files) {
		Migrator migrator = Migrator.configure()
			.dataSource(this.database.dataSource())
			.locations("file:" + this.revisions)
			.load();
		return new DbCommands(migrator, files, Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC));
	}

	private void revision(String id, String revises, String message, String extraHeader) throws IOException {
		Files.writeString(this.revisions.resolve(id + ".sql"),
				"-- revision: " + id + "\n-- revises: " + revises + "\n-- message: " + message + "\n" + extraHeader
						+ "\n-- upgrade\nSELECT 1;\n\n-- downgrade\nSELECT 1;\n");
	}

}
