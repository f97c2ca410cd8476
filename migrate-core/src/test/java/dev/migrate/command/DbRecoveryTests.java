package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.runtime.Migrator;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recovery from a half-applied revision on MariaDB, whose DDL no transaction undoes,
 * through the {@code db} commands as an operator types them: {@code db repair} after
 * undoing the statements by hand, or {@code db stamp <rev>} after finishing them.
 */
class DbRecoveryTests {

	@TempDir
	Path directory;

	private TestDatabase database;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void halfApplyRevisionTwo() throws IOException {
		this.database = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB);
		write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account");
		write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE half (id INT PRIMARY KEY);\nINSERT INTO nosuch VALUES (1)",
				"DROP TABLE half");
		write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
		assertThat(run("upgrade")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).startsWith("Error: ").contains("b2b2b2b2");
		assertThat(tableExists("half")).isTrue();
		reset();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void upgradeStopsAndNamesBothWaysOut() {
		assertThat(run("upgrade")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(out()).isEmpty();
		assertThat(err()).startsWith("Error: The upgrade of revision b2b2b2b2 (file:")
			.contains("left 1 statement(s) in the database")
			.contains("Undo its statements by hand and run 'db repair' to retry the upgrade, or finish it by hand "
					+ "and run 'db stamp b2b2b2b2'.");
		assertThat(run("current")).isZero();
		assertThat(out()).isEqualTo("a1a1a1a1\n");
	}

	@Test
	void repairAfterUndoingByHandLetsTheUpgradeRunTheRevisionAgain() throws IOException {
		jdbc().sql("DROP TABLE half").update();
		write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE half (id INT PRIMARY KEY);\nINSERT INTO half VALUES (1)",
				"DROP TABLE half");
		assertThat(run("repair")).as(this::err).isZero();
		assertThat(out())
			.isEqualTo("Marked the failed upgrade of b2b2b2b2 as resolved; the next upgrade runs it again\n");
		assertThat(err()).isEmpty();
		reset();
		assertThat(run("repair")).isZero();
		assertThat(out()).isEqualTo("Nothing to repair.\n");
		reset();
		assertThat(run("upgrade")).as(this::err).isZero();
		assertThat(out()).isEqualTo("Running upgrade a1a1a1a1 -> b2b2b2b2, revision b2b2b2b2\n"
				+ "Running upgrade b2b2b2b2 -> c3c3c3c3, revision c3c3c3c3\n");
		assertThat(jdbc().sql("SELECT id FROM half").query(Integer.class).list()).containsExactly(1);
		List<String> directions = jdbc().sql("SELECT direction FROM migrate_history ORDER BY id")
			.query(String.class)
			.list();
		assertThat(directions).containsExactly("upgrade", "upgrade", "repair", "upgrade", "upgrade");
	}

	@Test
	void stampAfterFinishingByHandLetsTheUpgradeGoOn() {
		jdbc().sql("CREATE TABLE nosuch (id INT PRIMARY KEY)").update();
		jdbc().sql("INSERT INTO nosuch VALUES (1)").update();
		assertThat(run("stamp", "b2b2b2b2")).as(this::err).isZero();
		assertThat(out()).isEqualTo("Running stamp_revision a1a1a1a1 -> b2b2b2b2\n");
		reset();
		assertThat(run("repair")).isZero();
		assertThat(out()).isEqualTo("Nothing to repair.\n");
		reset();
		assertThat(run("upgrade")).as(this::err).isZero();
		assertThat(out()).isEqualTo("Running upgrade b2b2b2b2 -> c3c3c3c3, revision c3c3c3c3\n");
		assertThat(tableExists("tag")).isTrue();
	}

	private int run(String... arguments) {
		DbCommandLine commandLine = new DbCommandLine(() -> {
			Migrator migrator = Migrator.configure()
				.dataSource(this.database.dataSource())
				.locations("file:" + this.directory.resolve("revisions"))
				.load();
			return new DbCommands(migrator, new RevisionFiles(this.directory.resolve("java"), "db.migrations",
					this.directory.resolve("revisions")));
		});
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private void write(String id, String revises, String upgrade, String downgrade) throws IOException {
		Path revisions = Files.createDirectories(this.directory.resolve("revisions"));
		Files.writeString(revisions.resolve(id + ".sql"),
				"-- revision: " + id + "\n-- revises: " + revises + "\n-- message: revision " + id + "\n\n-- upgrade\n"
						+ upgrade + ";\n\n-- downgrade\n" + downgrade + ";\n");
	}

	private boolean tableExists(String table) {
		return jdbc()
			.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
					+ " AND table_name = ?")
			.param(table)
			.query(Integer.class)
			.single() == 1;
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.database.dataSource());
	}

	private void reset() {
		this.out.reset();
		this.err.reset();
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
