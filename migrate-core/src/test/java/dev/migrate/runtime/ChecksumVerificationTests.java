package dev.migrate.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.StatementCountingDataSource;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that applied scripts are verified on every run, with nothing pending as well, by
 * the checksum policy.
 */
class ChecksumVerificationTests {

	@TempDir
	Path directory;

	private final List<TestDatabase> databases = new ArrayList<>();

	@AfterEach
	void dropDatabases() {
		this.databases.forEach(TestDatabase::close);
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void editedScriptStopsAnUpgradeWithNothingPending(DatabaseKind kind) {
		TestDatabase database = appliedAndEdited(kind);
		Migrator edited = migrator(database, ChecksumPolicy.FAIL);
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> edited.upgrade("heads"))
			.withMessageStartingWith("Applied scripts were edited after they ran:\n  - revision a1a1a1a1 (file:")
			.withMessageContaining("accept the edits with 'db repair'");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(edited::verifyChecksums)
			.withMessageStartingWith("Applied scripts were edited after they ran:");
		assertThat(edited.status().editedScripts()).singleElement()
			.satisfies((mismatch) -> assertThat(mismatch.revision()).isEqualTo("a1a1a1a1"));
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void warnPolicyTellsListenersAndGoesOn(DatabaseKind kind) {
		TestDatabase database = appliedAndEdited(kind);
		List<ChecksumMismatch> warned = new ArrayList<>();
		Migrator warning = migrator(database, ChecksumPolicy.WARN).withListener(new MigrationListener() {

			@Override
			public void onEditedScripts(List<ChecksumMismatch> edited) {
				warned.addAll(edited);
			}

		});
		assertThat(warning.upgrade("heads").isEmpty()).isTrue();
		assertThat(warned).extracting(ChecksumMismatch::revision).containsExactly("a1a1a1a1");
		assertThat(migrator(database, ChecksumPolicy.FAIL).repair())
			.containsExactly("Accepted the edited script of a1a1a1a1 (" + new ScriptFiles(this.directory).location()
					+ "/a1a1a1a1_revision.sql)");
		warned.clear();
		warning.upgrade("heads");
		assertThat(warned).isEmpty();
		assertThat(migrator(database, ChecksumPolicy.FAIL).status().editedScripts()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void ignorePolicyReadsNoChecksums(DatabaseKind kind) {
		TestDatabase database = appliedAndEdited(kind);
		StatementCountingDataSource counting = new StatementCountingDataSource(database.dataSource());
		Migrator ignoring = Migrator.configure()
			.dataSource(counting)
			.locations(new ScriptFiles(this.directory).location())
			.checksumPolicy(ChecksumPolicy.IGNORE)
			.load();
		assertThat(ignoring.upgrade("heads").isEmpty()).isTrue();
		assertThat(counting.statements()).containsExactly("SELECT version_num FROM migrate_version");
		assertThat(ignoring.status().editedScripts()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void lineEndingsAndTrailingWhitespaceAreNoEdit(DatabaseKind kind) throws IOException {
		TestDatabase database = database(kind);
		ScriptFiles scripts = applied(database);
		Path file = scripts.path("a1a1a1a1");
		Files.writeString(file, Files.readString(file).replace("\n", "  \r\n"));
		Migrator migrator = migrator(database, ChecksumPolicy.FAIL);
		assertThat(migrator.validate()).isEmpty();
		assertThat(migrator.upgrade("heads").isEmpty()).isTrue();
	}

	private TestDatabase appliedAndEdited(DatabaseKind kind) {
		TestDatabase database = database(kind);
		applied(database).write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(10))",
				"DROP TABLE account");
		return database;
	}

	private ScriptFiles applied(TestDatabase database) {
		ScriptFiles scripts = new ScriptFiles(this.directory)
			.write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY)", "DROP TABLE account")
			.write("b2b2b2b2", "a1a1a1a1", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag");
		migrator(database, ChecksumPolicy.FAIL).upgrade("heads");
		return scripts;
	}

	private Migrator migrator(TestDatabase database, ChecksumPolicy policy) {
		return Migrator.configure()
			.dataSource(database.dataSource())
			.locations(new ScriptFiles(this.directory).location())
			.checksumPolicy(policy)
			.load();
	}

	private TestDatabase database(DatabaseKind kind) {
		TestDatabase database = DatabaseServers.shared().createDatabase(kind);
		this.databases.add(database);
		return database;
	}

}
