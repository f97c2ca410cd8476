package dev.migrate.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import db.migrations.mixed.CreateAccounts;
import db.migrations.mixed.MergeHeads;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ScriptLoader}.
 */
class ScriptLoaderTests {

	private static final String MIXED = "classpath:db/migrations/mixed";

	private final ScriptLoader loader = new ScriptLoader();

	@TempDir
	Path directory;

	@Test
	void loadsSqlAndJavaMigrationsOfOneLocationInFileNameOrder() {
		List<MigrationScript> scripts = this.loader.load(List.of(MIXED));
		assertThat(scripts).extracting((script) -> script.revision().id())
			.containsExactly("2b0000000002", "3c0000000003", "1a0000000001", "4d0000000004");
		assertThat(scripts).extracting((script) -> script.revision().source())
			.containsExactly(MIXED + "/2b0000000002_add_email.sql", MIXED + "/3c0000000003_add_orders.sql",
					CreateAccounts.class.getName(), MergeHeads.class.getName());
	}

	@Test
	void sqlAndJavaMigrationsFormOneGraph() {
		RevisionGraph graph = RevisionGraph
			.of(this.loader.load(List.of(MIXED)).stream().map(MigrationScript::revision).toList());
		assertThat(graph.bases()).extracting(Revision::id).containsExactly("1a0000000001");
		assertThat(graph.heads()).extracting(Revision::id).containsExactly("4d0000000004");
		assertThat(graph.branchPoints()).extracting(Revision::id).containsExactly("1a0000000001");
		assertThat(graph.parentsFirst(graph.revisions().stream().map(Revision::id).toList()))
			.containsExactly("1a0000000001", "2b0000000002", "3c0000000003", "4d0000000004");
		assertThat(graph.resolve("accounts@head")).extracting(Revision::id).containsExactly("4d0000000004");
	}

	@Test
	void readsSqlMigrations() {
		List<MigrationScript> scripts = this.loader.load(List.of(MIXED));
		SqlMigrationScript email = (SqlMigrationScript) scripts.get(0);
		assertThat(email.revision().parents()).containsExactly("1a0000000001");
		assertThat(email.revision().message()).isEqualTo("Add email to accounts");
		assertThat(email.upgrade())
			.containsExactly(new SqlStatement("ALTER TABLE accounts ADD COLUMN email VARCHAR(200)", 6));
		assertThat(email.downgrade()).containsExactly(new SqlStatement("ALTER TABLE accounts DROP COLUMN email", 9));
		SqlMigrationScript orders = (SqlMigrationScript) scripts.get(1);
		assertThat(orders.upgrade()).extracting(SqlStatement::line).containsExactly(6, 7);
		assertThat(orders.hasDowngrade()).isFalse();
	}

	@Test
	void readsJavaMigrations() {
		List<MigrationScript> scripts = this.loader.load(List.of(MIXED));
		JavaMigrationScript accounts = (JavaMigrationScript) scripts.get(2);
		assertThat(accounts.className()).isEqualTo(CreateAccounts.class.getName());
		assertThat(accounts.revision()).isEqualTo(new Revision("1a0000000001", List.of(), List.of("accounts"),
				List.of(), "Create accounts", LocalDateTime.of(2026, 1, 15, 10, 30), CreateAccounts.class.getName()));
		assertThat(accounts.transactional()).isTrue();
		JavaMigrationScript merge = (JavaMigrationScript) scripts.get(3);
		assertThat(merge.revision().parents()).containsExactly("2b0000000002", "3c0000000003");
		assertThat(merge.revision().dependsOn()).containsExactly("accounts");
		assertThat(merge.revision().created()).isNull();
		assertThat(merge.transactional()).isFalse();
	}

	@Test
	void bareAndSlashedClasspathLocationsAreTheSame() {
		List<MigrationScript> expected = this.loader.load(List.of(MIXED));
		assertThat(this.loader.load(List.of("db/migrations/mixed"))).isEqualTo(expected);
		assertThat(this.loader.load(List.of("classpath:/db/migrations/mixed/"))).isEqualTo(expected);
	}

	@Test
	void loadsSqlFilesOfAFileLocationNonRecursively() throws IOException {
		write("b2_second.sql", "-- revision: b2\n-- revises: a1\n-- upgrade\nSELECT 2;\n");
		write("a1_first.sql", "-- revision: a1\n-- upgrade\nSELECT 1;\n");
		write("notes.txt", "not a script");
		write(".#a1_first.sql", "an editor's lock file");
		Files.createDirectories(this.directory.resolve("archive"));
		write("archive/c3_old.sql", "-- revision: c3\n-- upgrade\n");
		String location = "file:" + this.directory;
		List<MigrationScript> scripts = this.loader.load(List.of(location + "/"));
		assertThat(scripts).extracting((script) -> script.revision().source())
			.containsExactly(location + "/a1_first.sql", location + "/b2_second.sql");
		assertThat(scripts).allSatisfy((script) -> assertThat(script).isInstanceOf(SqlMigrationScript.class));
	}

	@Test
	void locationsLoadInTheOrderGiven() throws IOException {
		write("0f_extra.sql", "-- revision: 0f0000000000\n-- revises: 4d0000000004\n-- upgrade\n");
		assertThat(this.loader.load(List.of(MIXED, "file:" + this.directory)))
			.extracting((script) -> script.revision().id())
			.containsExactly("2b0000000002", "3c0000000003", "1a0000000001", "4d0000000004", "0f0000000000");
		assertThat(this.loader.load(List.of("file:" + this.directory, MIXED)))
			.extracting((script) -> script.revision().id())
			.containsExactly("0f0000000000", "2b0000000002", "3c0000000003", "1a0000000001", "4d0000000004");
	}

	@Test
	void missingClasspathLocationHoldsNoScripts() {
		assertThat(this.loader.load(List.of("classpath:db/migrations/none"))).isEmpty();
	}

	@Test
	void defaultLocationIsDbMigrations() {
		assertThat(ScriptLoader.DEFAULT_LOCATION).isEqualTo("classpath:db/migrations");
		assertThat(this.loader.load(List.of(ScriptLoader.DEFAULT_LOCATION))).isEmpty();
	}

	@Test
	void missingFileLocationIsAWarningNamingItsPathAndTheProperty() {
		Path missing = this.directory.resolve("missing");
		LoadedScripts loaded = this.loader.scan(List.of(MIXED, "file:" + missing));
		assertThat(loaded.scripts()).hasSize(4);
		assertThat(loaded.warnings()).containsExactly("Migration location file:" + missing
				+ " does not exist (resolved to " + missing + "); fix it or remove it from migrate.locations");
	}

	@Test
	void emptyClasspathLocationIsAWarning() throws IOException {
		Files.createDirectories(this.directory.resolve("db/empty"));
		Path revisions = Files.createDirectories(this.directory.resolve("revisions"));
		Files.writeString(revisions.resolve("a1.sql"), "-- revision: a1\n-- upgrade\n");
		LoadedScripts loaded = scanOnClasspath(List.of("classpath:db/empty", "file:" + revisions));
		assertThat(loaded.scripts()).extracting((script) -> script.revision().id()).containsExactly("a1");
		assertThat(loaded.warnings()).containsExactly(
				"Migration location classpath:db/empty holds no revisions; fix it or remove it from migrate.locations");
	}

	@Test
	void noRevisionsAnywhereIsOneWarningNamingEveryLocation() throws IOException {
		Files.createDirectories(this.directory.resolve("db/empty"));
		Path missing = this.directory.resolve("missing");
		LoadedScripts loaded = scanOnClasspath(List.of("classpath:db/empty", "file:" + missing));
		assertThat(loaded.warnings()).containsExactly("No revisions found in migrate.locations: classpath:db/empty "
				+ "holds no revisions, file:" + missing + " does not exist (resolved to " + missing + ")");
	}

	@Test
	void revisionsInFlywaysFolderAreNamedWhenNothingIsFound() throws IOException {
		Files.createDirectories(this.directory.resolve("db/migration"));
		Files.writeString(this.directory.resolve("db/migration/V1__init.sql"), "CREATE TABLE t (id INT);\n");
		LoadedScripts loaded = scanOnClasspath(List.of(ScriptLoader.DEFAULT_LOCATION));
		assertThat(loaded.warnings()).containsExactly("No revisions found in migrate.locations: "
				+ "classpath:db/migrations does not exist; migrate reads db/migrations; Flyway's folder is db/migration");
	}

	@Test
	void emptyDefaultLocationNamesFlywaysFolder() throws IOException {
		Files.createDirectories(this.directory.resolve("db/migrations"));
		LoadedScripts loaded = scanOnClasspath(List.of(ScriptLoader.DEFAULT_LOCATION));
		assertThat(loaded.warnings()).containsExactly("No revisions found in migrate.locations: "
				+ "classpath:db/migrations holds no revisions; migrate reads db/migrations; "
				+ "Flyway's folder is db/migration");
	}

	@Test
	void locationsThatHoldRevisionsGiveNoWarning() {
		assertThat(this.loader.scan(List.of(MIXED)).warnings()).isEmpty();
	}

	@Test
	void fileLocationThatIsAFileIsAnError() throws IOException {
		Path file = write("a1.sql", "-- revision: a1\n-- upgrade\n");
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.loader.load(List.of("file:" + file)))
			.withMessageStartingWith("Migration location 'file:" + file + "' is not a directory");
	}

	@Test
	void unsupportedOrEmptyLocationIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("https://example.com/migrations")))
			.withMessage("Unsupported migration location 'https://example.com/migrations'; "
					+ "use classpath:<path> or file:<directory>");
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.loader.load(List.of("classpath:/")))
			.withMessage("Empty migration location 'classpath:/'; name a directory");
	}

	@Test
	void badSqlScriptNamesFileAndLine() throws IOException {
		write("a1_bad.sql", "-- revision: a1\n-- author: me\n-- upgrade\n");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("file:" + this.directory)))
			.withMessageStartingWith("Unknown header field 'author' in file:" + this.directory + "/a1_bad.sql line 2;");
	}

	@Test
	void duplicateIdNamesBothScripts() throws IOException {
		write("a1_first.sql", "-- revision: a1\n-- upgrade\n");
		write("a1_again.sql", "-- revision: a1\n-- upgrade\n");
		String location = "file:" + this.directory;
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.loader.load(List.of(location)))
			.withMessage("Duplicate revision id 'a1' in " + location + "/a1_again.sql and " + location
					+ "/a1_first.sql; give each script its own id");
	}

	@Test
	void duplicateIdAcrossLocationsNamesBothScripts() throws IOException {
		write("1a_copy.sql", "-- revision: 1a0000000001\n-- upgrade\n");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of(MIXED, "file:" + this.directory)))
			.withMessage("Duplicate revision id '1a0000000001' in " + CreateAccounts.class.getName() + " and file:"
					+ this.directory + "/1a_copy.sql; give each script its own id");
	}

	@Test
	void duplicateIdOfClassAndSqlScriptNamesBoth() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/duplicate")))
			.withMessage("Duplicate revision id '9c0000000009' in "
					+ "classpath:db/migrations/invalid/duplicate/9c0000000009_same_id.sql and "
					+ "db.migrations.invalid.duplicate.DuplicateRevision; give each script its own id");
	}

	@Test
	void revisionClassThatIsNoMigrationIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/notmigration")))
			.withMessage("Class db.migrations.invalid.notmigration.NotAMigration is annotated with @Revision "
					+ "but does not implement dev.migrate.script.Migration; implement it or remove the annotation");
	}

	@Test
	void abstractRevisionClassIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/abstractclass")))
			.withMessage("Class db.migrations.invalid.abstractclass.AbstractRevision is annotated with @Revision "
					+ "but is abstract; make it a concrete class so that it can be created");
	}

	@Test
	void innerRevisionClassIsAnError() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/inner")))
			.withMessage("Class db.migrations.invalid.inner.Outer$Inner is annotated with @Revision "
					+ "but is an inner class; make it static so that it can be created");
	}

	@Test
	void badCreatedInAnnotationNamesClass() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/created")))
			.withMessage("Invalid created date 'yesterday' in @Revision of class "
					+ "db.migrations.invalid.created.BadCreated; "
					+ "use an ISO-8601 local date-time such as 2026-01-15T10:30:00");
	}

	@Test
	void blankIdInAnnotationNamesClass() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.loader.load(List.of("classpath:db/migrations/invalid/blankid")))
			.withMessage("No revision id in @Revision of class db.migrations.invalid.blankid.BlankId; "
					+ "every script needs a unique id");
	}

	private LoadedScripts scanOnClasspath(List<String> locations) throws IOException {
		try (URLClassLoader classLoader = new URLClassLoader(new URL[] { this.directory.toUri().toURL() }, null)) {
			return new ScriptLoader(new DefaultResourceLoader(classLoader)).scan(locations);
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content);
	}

}
