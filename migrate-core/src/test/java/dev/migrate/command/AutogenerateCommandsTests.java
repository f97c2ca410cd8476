package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.autogenerate.SchemaFileSource;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.Migrator;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db check} and {@code db migrate} end to end through {@link DbCommandLine}, on
 * each database: a schema file that adds a table and a column to what the revisions build
 * is reported, written as a revision that upgrades the database to the schema file and
 * downgrades it back, and checked again. Every command runs on a fresh migrator, as each
 * command-line run does.
 */
@WithTestDatabases({ DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
class AutogenerateCommandsTests {

	/**
	 * What every command prints first while no generated Java revision is compiled: the
	 * package location of Java revisions is empty.
	 */
	private static final String EMPTY_CLASSPATH_LOCATION = "Warning: Migration location classpath:db/migrations holds "
			+ "no revisions; fix it or remove it from migrate.locations\n";

	private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done\n");

	private static final String ACCOUNT = "create table account (id integer not null, name varchar(50), "
			+ "constraint account_pkey primary key (id))";

	@TempDir
	Path project;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private TestDatabase database;

	private ClassLoader classLoader = getClass().getClassLoader();

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkReportsChangesAndMigrateWritesASqlRevisionThatSatisfiesIt(DatabaseKind kind, TestDatabases databases)
			throws Exception {
		setUp(databases.get(kind));
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("add table audit (id, account_id, at_day)")
			.containsIgnoringCase("add column account.email")
			.doesNotContainIgnoringCase("migrate_")
			.contains("Run 'db migrate -m \"<message>\"'");
		assertThat(run("migrate", "-m", "add audit", "--format", "sql", "--rev-id", "bbbb0002")).as(err()).isZero();
		Path revision = this.project.resolve("sql/bbbb0002_add_audit.sql");
		assertThat(out()).isEqualTo("Generating " + revision.toAbsolutePath() + " ...  done\n");
		String script = Files.readString(revision);
		assertThat(script).contains("-- revises: aaaa0001")
			.containsIgnoringCase("-- add column account.email")
			.containsIgnoringCase("-- undo: add table audit")
			.containsPattern("(?i)-- upgrade\n(.*\n)*create table .*audit")
			.containsPattern("(?i)-- downgrade\n(.*\n)*drop table .*audit");
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(run("check")).as(out() + err()).isZero();
		assertThat(out()).isEqualTo("No changes in schema detected.\n");
		assertThat(run("migrate", "-m", "nothing")).as(err()).isZero();
		assertThat(out()).isEqualTo("No changes in schema detected.\n");
		try (Stream<Path> files = Files.list(this.project.resolve("sql"))) {
			assertThat(files).hasSize(2);
		}
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void migrateWritesAJavaRevisionThatCompilesUpgradesAndDowngrades(DatabaseKind kind, TestDatabases databases)
			throws Exception {
		setUp(databases.get(kind));
		assertThat(run("upgrade")).as(err()).isZero();
		SchemaModel before = inspect();
		assertThat(run("revision", "--autogenerate", "-m", "add audit")).as(err()).isZero();
		Matcher generated = GENERATED.matcher(out());
		assertThat(generated.matches()).as(out()).isTrue();
		String source = Files.readString(Path.of(generated.group(1)));
		assertThat(source).containsIgnoringCase("// add table audit (id, account_id, at_day)")
			.containsIgnoringCase("op.createTable(\"audit\"")
			.containsIgnoringCase("// undo: add column account.email")
			.containsIgnoringCase("op.dropColumn(\"account\", column(\"email\"");
		this.classLoader = new URLClassLoader(new URL[] { compile().toUri().toURL() }, getClass().getClassLoader());
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(out()).contains("-> ").contains("add audit");
		assertThat(run("check")).as(out() + err()).isZero();
		assertThat(run("downgrade", "-1")).as(err()).isZero();
		assertThat(new SchemaDiffer(dialect()).diff(before, inspect()).isEmpty()).isTrue();
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aSchemaFileThatFailsIsAnErrorNamingTheFileAndLine(DatabaseKind kind, TestDatabases databases)
			throws Exception {
		setUp(databases.get(kind));
		Files.writeString(this.project.resolve("schema.sql"), ACCOUNT + ";\n\ncreate tabel audit (id integer);\n");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).startsWith(EMPTY_CLASSPATH_LOCATION + "Error: The statement at line 3 of schema file file:")
			.contains("schema.sql fails on " + dialect().name());
		assertThat(out()).isEmpty();
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aDroppedColumnIsMarkedAndALookAlikeIsNotedAsAPossibleRename(DatabaseKind kind, TestDatabases databases)
			throws Exception {
		setUp(databases.get(kind));
		Files.writeString(this.project.resolve("schema.sql"), "create table account (id integer not null, "
				+ "full_name varchar(50), constraint account_pkey primary key (id));\n");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("drop column account.name").contains("(warning: drops data)");
		assertThat(run("migrate", "-m", "full name", "--format", "sql", "--rev-id", "cccc0003")).as(err()).isZero();
		assertThat(out()).containsIgnoringCase("Note: possible rename: column account.name -> full_name")
			.contains("edit the revision if it is a rename");
		assertThat(Files.readString(this.project.resolve("sql/cccc0003_full_name.sql")))
			.containsPattern("(?i)-- drop column account.name .*\\(warning: drops data\\)\n"
					+ "-- lint drop-column: the column's values are gone.*; instead: .*\n(?:-- lint .*\n)*.*drop column");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "H2")
	void aRevisionThatIsNotCompiledYetStopsTheComparison(DatabaseKind kind, TestDatabases databases) throws Exception {
		setUp(databases.get(kind));
		assertThat(run("revision", "-m", "pending", "--rev-id", "dddd0004")).as(err()).isZero();
		assertThat(run("migrate", "-m", "next")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).isEqualTo(EMPTY_CLASSPATH_LOCATION
				+ "Error: Revision(s) dddd0004 in the source directories are not compiled yet, "
				+ "and the comparison replays compiled revisions only; build the project, then run the command again\n");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
	}

	private void setUp(TestDatabase database) throws IOException {
		this.database = database;
		Files.createDirectories(this.project.resolve("java"));
		Files.createDirectories(this.project.resolve("sql"));
		Files.writeString(this.project.resolve("sql/aaaa0001_account.sql"), """
				-- revision: aaaa0001
				-- message: account

				-- upgrade
				%s;

				-- downgrade
				drop table account;
				""".formatted(ACCOUNT));
		Files.writeString(this.project.resolve("schema.sql"), """
				create table account (id integer not null, name varchar(50), email varchar(100),
				    constraint account_pkey primary key (id));

				create table audit (id integer not null, account_id integer, at_day date,
				    constraint audit_pkey primary key (id));
				""");
	}

	private int run(String... arguments) {
		this.out.reset();
		this.err.reset();
		DbCommandLine commandLine = new DbCommandLine(() -> {
			Migrator migrator = Migrator.configure()
				.dataSource(this.database.dataSource())
				.classLoader(this.classLoader)
				.locations("file:" + this.project.resolve("sql"), "classpath:db/migrations")
				.load();
			RevisionFiles files = new RevisionFiles(this.project.resolve("java"), "db.migrations",
					this.project.resolve("sql"));
			ShadowDatabases shadows = new ShadowDatabases(this.database.url(),
					(url) -> new DriverManagerDataSource(url, this.database.username(), this.database.password()),
					dialect());
			return new DbCommands(migrator, files, () -> new SchemaComparison(migrator,
					new SchemaFileSource("file:" + this.project.resolve("schema.sql"), new DefaultResourceLoader()),
					shadows, dialect()));
		});
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private Dialect dialect() {
		return Dialects.byName(this.database.kind().name().toLowerCase(Locale.ROOT));
	}

	private SchemaModel inspect() throws SQLException {
		try (Connection connection = this.database.openConnection()) {
			return SchemaInspectors.forDialect(dialect())
				.inspect(connection, null, List.of("migrate_version", "migrate_history"));
		}
	}

	private Path compile() throws IOException {
		Path classes = Files.createDirectories(this.project.resolve("classes"));
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), "-encoding", "UTF-8"));
		try (Stream<Path> files = Files.list(this.project.resolve("java/db/migrations"))) {
			files.map(Path::toString).forEach(arguments::add);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
		assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
		return classes;
	}

	/**
	 * The shadow databases left on the server; H2's are in memory, gone with their last
	 * connection's shutdown.
	 */
	private List<String> shadowDatabases() throws SQLException {
		String query = switch (this.database.kind()) {
			case POSTGRESQL -> "select datname from pg_database where datname like 'migrate\\_shadow\\_%'";
			case MARIADB -> "select schema_name from information_schema.schemata "
					+ "where schema_name like 'migrate\\_shadow\\_%'";
			case H2 -> null;
		};
		List<String> names = new ArrayList<>();
		if (query == null) {
			return names;
		}
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

}
