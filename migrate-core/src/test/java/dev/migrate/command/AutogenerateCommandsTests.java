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

import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.autogenerate.SchemaDefinition;
import dev.migrate.autogenerate.SchemaDefinitionSource;
import dev.migrate.autogenerate.SchemaFileSource;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.ops.Column;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.Operations;
import dev.migrate.ops.SqlType;
import dev.migrate.runtime.Migrator;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.DatabaseServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * command-line run does; every test on a database of its own.
 */
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

	/**
	 * A new table with an index, and for the existing table, rows included: a column made
	 * not null, a new column with an index and a foreign key, a unique constraint and a
	 * check.
	 */
	private static final String SAFE_FORMS_SCHEMA = """
			create table team (id integer not null, label varchar(20), constraint team_pkey primary key (id));
			create index ix_team_label on team (label);
			create table account (id integer not null, name varchar(50) not null, email varchar(100), team_id integer,
			    constraint account_pkey primary key (id), constraint account_email_key unique (email),
			    constraint account_name_check check (length(name) > 0),
			    constraint account_team_fk foreign key (team_id) references team (id));
			create index ix_account_team_id on account (team_id);
			""";

	@TempDir
	Path project;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private TestDatabase database;

	/** The desired schema instead of the schema file, when set. */
	private SchemaDefinition definition;

	/**
	 * The URLs the comparisons connected to: the shadow databases of this test, which
	 * must be gone after each command, unlike those of other tests on the same server.
	 */
	private final List<String> shadowUrls = new ArrayList<>();

	private ClassLoader classLoader = getClass().getClassLoader();

	/** The schemas compared besides the connection's. */
	private List<String> otherSchemas = List.of();

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void checkReportsChangesAndMigrateWritesASqlRevisionThatSatisfiesIt(DatabaseKind kind) throws Exception {
		setUp(kind);
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
	void migrateWritesAJavaRevisionThatCompilesUpgradesAndDowngrades(DatabaseKind kind) throws Exception {
		setUp(kind);
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

	@Test
	void onPostgresMigrateWritesSafeFormsForATableInUseThatLintCleanAndRunOnItsRows() throws Exception {
		setUp(DatabaseKind.POSTGRESQL);
		Files.writeString(this.project.resolve("schema.sql"), SAFE_FORMS_SCHEMA);
		assertThat(run("upgrade")).as(err()).isZero();
		SchemaModel before = inspect();
		execute("insert into account (id, name) values (1, 'ada')");
		assertThat(run("migrate", "-m", "safe forms", "--format", "sql", "--rev-id", "bbbb0002")).as(err()).isZero();
		Path revision = this.project.resolve("sql/bbbb0002_safe_forms.sql");
		assertThat(Files.readString(revision)).contains("-- transactional: false")
			.contains("-- This revision runs outside a transaction on postgresql")
			.contains("CREATE INDEX ix_team_label ON team (label);")
			.contains("CREATE INDEX CONCURRENTLY ix_account_team_id ON account (team_id);")
			.contains("CREATE UNIQUE INDEX CONCURRENTLY account_email_key ON account (email);")
			.contains("ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE USING INDEX account_email_key;")
			.containsPattern("FOREIGN KEY \\(team_id\\) REFERENCES team \\(id\\).* NOT VALID;")
			.contains("ALTER TABLE account VALIDATE CONSTRAINT account_team_fk;")
			.containsPattern("CHECK \\(\"?name\"? IS NOT NULL\\) NOT VALID;")
			.contains("DROP INDEX CONCURRENTLY ix_account_team_id;");
		assertSafeFormsLintClean();
		assertAppliesAndReverses(before);
		Files.delete(revision);
		assertThat(run("revision", "--autogenerate", "-m", "safe forms")).as(err()).isZero();
		Matcher generated = GENERATED.matcher(out());
		assertThat(generated.matches()).as(out()).isTrue();
		assertThat(Files.readString(Path.of(generated.group(1))))
			.contains("// This revision runs outside a transaction on postgresql")
			.contains("op.createIndexConcurrently(\"account\", \"team_id\")")
			.contains("op.addConstraintConcurrently(\"account\", ")
			.contains("op.validateConstraint(\"account\", \"account_team_fk\")")
			.doesNotContain("transactional = false");
		this.classLoader = new URLClassLoader(new URL[] { compile().toUri().toURL() }, getClass().getClassLoader());
		assertSafeFormsLintClean();
		assertAppliesAndReverses(before);
	}

	private void assertSafeFormsLintClean() {
		assertThat(run("lint")).as(err()).isZero();
		assertThat(out()).contains(" in 1 revision ")
			.doesNotContain("pg-index-not-concurrent", "pg-unique-constraint-without-index", "pg-constraint-not-valid",
					"pg-set-not-null", "pg-concurrent-index-in-transaction");
	}

	private void assertAppliesAndReverses(SchemaModel before) throws Exception {
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(run("check")).as(out() + err()).isZero();
		assertThat(query("select name from account where id = 1")).isEqualTo("ada");
		assertThat(run("downgrade", "-1")).as(err()).isZero();
		assertThat(new SchemaDiffer(dialect()).diff(before, inspect()).isEmpty()).isTrue();
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aSchemaFileThatFailsIsAnErrorNamingTheFileAndLine(DatabaseKind kind) throws Exception {
		setUp(kind);
		Files.writeString(this.project.resolve("schema.sql"), ACCOUNT + ";\n\ncreate tabel audit (id integer);\n");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).startsWith(EMPTY_CLASSPATH_LOCATION + "Error: The statement at line 3 of schema file file:")
			.contains("schema.sql fails on " + dialect().name());
		assertThat(out()).isEmpty();
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aDroppedColumnThatLooksLikeAnAddedOneStopsMigrateUntilAHintOrAcceptDropsSaysWhatIsMeant(DatabaseKind kind)
			throws Exception {
		setUp(kind);
		Files.writeString(this.project.resolve("schema.sql"), "create table account (id integer not null,\n"
				+ "    full_name varchar(50),\n    constraint account_pkey primary key (id));\n");
		String hint = "if it is a rename, add '-- migrate:renamed-from " + name("name")
				+ "' at the end of line 2 of schema file file:" + this.project.resolve("schema.sql")
				+ ": full_name varchar(50),";
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("drop column account.name")
			.contains("(warning: drops data)")
			.contains("Possible renames, written as a drop and an add unless a hint says otherwise:\n")
			.containsIgnoringCase("  column account.name -> full_name (same type ")
			.contains(hint);
		assertThat(run("migrate", "-m", "full name", "--format", "sql", "--rev-id", "cccc0003"))
			.isEqualTo(DbCommandLine.DROPS_NOT_CONFIRMED);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("Error: The schema file file:")
			.contains(" drops what may have been renamed, so nothing was written:\n")
			.contains(hint)
			.endsWith("Add the hint where it is a rename, or run again with --accept-drops if the drops are meant.\n");
		assertThat(this.project.resolve("sql/cccc0003_full_name.sql")).doesNotExist();
		assertThat(run("migrate", "-m", "full name", "--format", "sql", "--rev-id", "cccc0003", "--accept-drops"))
			.as(err())
			.isZero();
		assertThat(out()).containsIgnoringCase("Note: possible rename: column account.name -> full_name")
			.contains("is written as a drop and an add, as --accept-drops says");
		assertThat(Files.readString(this.project.resolve("sql/cccc0003_full_name.sql")))
			.containsPattern("(?i)-- drop column account.name .*\\(warning: drops data\\)\n"
					+ "-- lint drop-column: the column's values are gone.*; instead: .*\n(?:-- lint .*\n)*.*drop column");
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void renameHintsInTheSchemaFileRenameATableAndAColumnKeepingTheirData(DatabaseKind kind) throws Exception {
		setUp(kind);
		assertThat(run("upgrade")).as(err()).isZero();
		execute("insert into account (id, name) values (1, 'Ada')");
		Files.writeString(this.project.resolve("schema.sql"), """
				create table customer ( -- migrate:renamed-from account
				    id integer not null,
				    full_name varchar(50), -- migrate:renamed-from name
				    constraint account_pkey primary key (id));
				""");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("  rename table account -> customer\n")
			.containsIgnoringCase("  rename column customer.name -> full_name\n")
			.doesNotContainIgnoringCase("drop")
			.doesNotContain("Possible renames");
		assertThat(run("migrate", "-m", "customer", "--format", "sql", "--rev-id", "eeee0005")).as(err()).isZero();
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(query("select full_name from customer where id = 1")).isEqualTo("Ada");
		assertThat(run("check")).as(out() + err()).isZero();
		assertThat(run("downgrade", "-1")).as(err()).isZero();
		assertThat(query("select name from account where id = 1")).isEqualTo("Ada");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "H2")
	void aRenameHintThatMatchesNothingOrBelongsToNoColumnIsAnError(DatabaseKind kind) throws Exception {
		setUp(kind);
		Files.writeString(this.project.resolve("schema.sql"),
				"create table account (id integer not null,\n"
						+ "    full_name varchar(50), -- migrate:renamed-from nickname\n"
						+ "    constraint account_pkey primary key (id));\n");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).containsIgnoringCase(
				"Error: Rename hint 'column account.nickname -> full_name' matches nothing: table 'account' of the "
						+ "current schema has no column 'nickname'");
		Files.writeString(this.project.resolve("schema.sql"),
				"create table account (id integer not null,\n" + "    name varchar(50),\n"
						+ "    constraint account_pkey primary key (id) -- migrate:renamed-from pk\n);\n");
		assertThat(run("migrate", "-m", "pk")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).contains("Error: Line 3 of schema file file:" + this.project.resolve("schema.sql")
				+ " has a rename hint that belongs to no table or column; put '-- migrate:renamed-from <old name>' "
				+ "at the end of the line of the CREATE TABLE or of the column\n");
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void againstTheDatabaseTheComparisonNeedsItAtTheHeadsAndSeesWhatWasChangedByHand(DatabaseKind kind)
			throws Exception {
		setUp(kind);
		assertThat(run("check", "--against", "database")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).endsWith("Error: Target database is not up to date. It lacks revision(s) aaaa0001; "
				+ "run 'db upgrade' first, or compare with the revisions (without --against database)\n");
		assertThat(run("upgrade")).as(err()).isZero();
		execute("alter table account add note varchar(10)");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("add column account.email").doesNotContainIgnoringCase("note");
		assertThat(run("check", "--against", "database")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("has changes that no revision applied to the database captures:\n")
			.containsIgnoringCase("add column account.email")
			.containsIgnoringCase("drop column account.note");
		assertThat(run("migrate", "--against", "database", "-m", "by hand", "--format", "sql", "--rev-id", "ffff0006"))
			.as(err())
			.isZero();
		assertThat(Files.readString(this.project.resolve("sql/ffff0006_by_hand.sql")))
			.containsPattern("(?i)-- upgrade\n(.*\n)*alter table .*account.* drop column .*note");
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(run("check", "--against", "database")).as(out() + err()).isZero();
		assertThat(run("check", "--against", "live")).isEqualTo(DbCommandLine.USAGE);
		assertThat(err()).contains("Error: --against is revisions or database, not 'live'\n");
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void checkJsonListsEachChangeWithItsKindObjectValuesHazardsAndTheRowsAtRiskInTheDatabase(DatabaseKind kind)
			throws Exception {
		setUp(kind);
		assertThat(run("upgrade")).as(err()).isZero();
		execute("insert into account (id, name) values (1, null), (2, 'Ada')");
		Files.writeString(this.project.resolve("schema.sql"), """
				create table account (id integer not null, name varchar(20) not null,
				    email varchar(100) not null, constraint account_pkey primary key (id));
				""");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out())
			.contains("  add column account.email character varying(100) not null "
					+ "(warning: fails on rows without a value: 2 such rows in the database)\n")
			.contains("(warning: narrows the type, fails on rows without a value: 1 such row in the database)\n");
		assertThat(run("check", "--json")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).isEqualTo(
				"""
						{
						  "status": "changes_detected",
						  "source": "schema file file:%s",
						  "against": "revisions",
						  "changes": [
						    {
						      "kind": "add_column",
						      "object": "account.email",
						      "before": null,
						      "after": "varchar(100)",
						      "hazards": [
						        "requires_values"
						      ],
						      "rowsAtRisk": 2,
						      "description": "add column account.email character varying(100) not null"
						    },
						    {
						      "kind": "add_constraint",
						      "object": "ck_account_8749edd0",
						      "before": null,
						      "after": null,
						      "hazards": [],
						      "rowsAtRisk": null,
						      "description": "add check constraint ck_account_8749edd0 (name IS NOT NULL) on account, not valid, to set account.name not null without a scan"
						    },
						    {
						      "kind": "validate_constraint",
						      "object": "ck_account_8749edd0",
						      "before": null,
						      "after": null,
						      "hazards": [],
						      "rowsAtRisk": null,
						      "description": "validate constraint ck_account_8749edd0 on account, checking the existing rows without blocking writes"
						    },
						    {
						      "kind": "modify_type",
						      "object": "account.name",
						      "before": "varchar(50)",
						      "after": "varchar(20)",
						      "hazards": [
						        "narrows_type"
						      ],
						      "rowsAtRisk": null,
						      "description": "alter column account.name: type character varying(50) -> character varying(20), nullable -> not null"
						    },
						    {
						      "kind": "modify_nullable",
						      "object": "account.name",
						      "before": "nullable",
						      "after": "not null",
						      "hazards": [
						        "requires_values"
						      ],
						      "rowsAtRisk": 1,
						      "description": "alter column account.name: type character varying(50) -> character varying(20), nullable -> not null"
						    },
						    {
						      "kind": "remove_constraint",
						      "object": "ck_account_8749edd0",
						      "before": null,
						      "after": null,
						      "hazards": [],
						      "rowsAtRisk": null,
						      "description": "drop check constraint ck_account_8749edd0 (name IS NOT NULL) on account, which account.name not null replaces"
						    }
						  ],
						  "renameCandidates": [],
						  "unsupported": [],
						  "applicationProblems": []
						}
						"""
					.formatted(this.project.resolve("schema.sql")));
		Files.writeString(this.project.resolve("schema.sql"), ACCOUNT + ";\n");
		assertThat(run("check", "--json")).as(err()).isZero();
		assertThat(out()).isEqualTo("""
				{
				  "status": "in_sync",
				  "source": "schema file file:%s",
				  "against": "revisions",
				  "changes": [],
				  "renameCandidates": [],
				  "unsupported": [],
				  "applicationProblems": []
				}
				""".formatted(this.project.resolve("schema.sql")));
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aSchemaDefinitionGivesTheDesiredSchemaAsOperationsWithItsRenames(DatabaseKind kind) throws Exception {
		setUp(kind);
		assertThat(run("upgrade")).as(err()).isZero();
		execute("insert into account (id, name) values (1, 'Ada')");
		this.definition = new SchemaDefinition() {

			@Override
			public void define(Operations op) {
				op.createTable("account", Column.column("id", SqlType.INTEGER).notNull(),
						Column.column("full_name", SqlType.varchar(50)),
						Column.column("email", SqlType.varchar(100)).notNull().defaultValue("'none'"),
						new Constraint.PrimaryKey("account_pkey", List.of("id")));
			}

			@Override
			public List<RenameHint> renames() {
				return List.of(RenameHint.column("account", "name", "full_name"));
			}

		};
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).startsWith("The schema definition bean 'schema' has changes that no revision captures:\n")
			.containsIgnoringCase("  rename column account.name -> full_name\n")
			.containsIgnoringCase("add column account.email")
			.doesNotContainIgnoringCase("drop");
		assertThat(run("migrate", "-m", "email", "--format", "sql", "--rev-id", "abab0007")).as(err()).isZero();
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(query("select full_name from account where id = 1")).isEqualTo("Ada");
		assertThat(run("check")).as(out() + err()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void tablesOfAnotherListedSchemaAreNamedWithTheirSchemaAndTheRevisionsCreateTheSchema(DatabaseKind kind)
			throws Exception {
		setUp(kind);
		this.otherSchemas = List.of("audit");
		Files.writeString(this.project.resolve("schema.sql"), ACCOUNT + ";\n\ncreate schema audit;\n\n" + """
				create table audit.event (id integer not null, account_id integer,
				    constraint event_pkey primary key (id),
				    constraint event_account_id_fkey foreign key (account_id) references public.account (id));
				""");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("  add schema audit\n")
			.containsIgnoringCase("  add table audit.event (id, account_id)\n")
			.doesNotContainIgnoringCase("public");
		assertThat(run("migrate", "-m", "audit events", "--format", "sql", "--rev-id", "abcd0008")).as(err()).isZero();
		assertThat(Files.readString(this.project.resolve("sql/abcd0008_audit_events.sql")))
			.containsPattern("(?i)-- upgrade\n(.*\n)*create schema \"?audit\"?;\n(.*\n)*create table \"?audit\"?\\.")
			.containsPattern("(?i)references (\"?public\"?\\.)?\"?account\"?")
			.containsPattern("(?i)-- downgrade\n(.*\n)*drop table \"?audit\"?\\.\"?event\"?;\n(.*\n)*drop schema");
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(run("check")).as(out() + err()).isZero();
		SchemaModel withEvents = inspect();
		assertThat(withEvents.schemas()).containsExactly(name("audit"));
		Files.writeString(this.project.resolve("schema.sql"), ACCOUNT + ";\n\ncreate schema audit;\n\n" + """
				create table audit.event (id integer not null, account_id integer, at_day date,
				    constraint event_pkey primary key (id),
				    constraint event_account_id_fkey foreign key (account_id) references public.account (id));

				create table audit.login (id integer not null, event_id integer, account_id integer,
				    constraint login_pkey primary key (id),
				    constraint login_event_id_fkey foreign key (event_id) references audit.event (id),
				    constraint login_account_id_fkey foreign key (account_id) references public.account (id));
				""");
		assertThat(run("check")).as(err()).isEqualTo(DbCommandLine.CHANGES_DETECTED);
		assertThat(out()).containsIgnoringCase("  add column audit.event.at_day")
			.containsIgnoringCase("  add table audit.login (id, event_id, account_id)\n")
			.doesNotContainIgnoringCase("add schema");
		assertThat(run("revision", "--autogenerate", "-m", "audit logins")).as(err()).isZero();
		Matcher generated = GENERATED.matcher(out());
		assertThat(generated.matches()).as(out()).isTrue();
		assertThat(Files.readString(Path.of(generated.group(1)))).containsIgnoringCase("op.createTable(\"audit.login\"")
			.containsIgnoringCase("op.addColumn(\"audit.event\", column(\"at_day\"");
		this.classLoader = new URLClassLoader(new URL[] { compile().toUri().toURL() }, getClass().getClassLoader());
		assertThat(run("upgrade")).as(err()).isZero();
		assertThat(run("check")).as(out() + err()).isZero();
		assertThat(inspect().table(name("audit") + "." + name("login")).foreignKeys())
			.extracting(ForeignKey::referencedTable)
			.containsExactlyInAnyOrder((kind == DatabaseKind.H2) ? "PUBLIC.ACCOUNT" : "account",
					name("audit") + "." + name("event"));
		assertThat(run("downgrade", "-1")).as(err()).isZero();
		assertThat(new SchemaDiffer(dialect()).diff(withEvents, inspect()).isEmpty()).isTrue();
		assertThat(run("downgrade", "aaaa0001")).as(err()).isZero();
		assertThat(query("select count(*) from information_schema.schemata where lower(schema_name) = 'audit'"))
			.isEqualTo("0");
		assertThat(shadowDatabases()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "MARIADB")
	void otherSchemasAreRefusedOnMariaDbWhereASchemaIsADatabase(DatabaseKind kind) throws Exception {
		setUp(kind);
		this.otherSchemas = List.of("audit");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).contains("Error: Other schemas (audit) cannot be compared on MariaDB: there a schema is a "
				+ "database of the server");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "H2")
	void aRevisionThatIsNotCompiledYetStopsTheComparison(DatabaseKind kind) throws Exception {
		setUp(kind);
		assertThat(run("revision", "-m", "pending", "--rev-id", "dddd0004")).as(err()).isZero();
		assertThat(run("migrate", "-m", "next")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).isEqualTo(EMPTY_CLASSPATH_LOCATION
				+ "Error: Revision(s) dddd0004 in the source directories are not compiled yet, "
				+ "and the comparison replays compiled revisions only; build the project, then run the command again "
				+ "(a Spring Shell session sees them once it is started again on the new build)\n");
		assertThat(run("check")).isEqualTo(DbCommandLine.FAILURE);
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	private void setUp(DatabaseKind kind) throws IOException {
		this.database = DatabaseServers.shared().createDatabase(kind);
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
			ShadowDatabases shadows = new ShadowDatabases(this.database.url(), (url) -> {
				this.shadowUrls.add(url);
				return new DriverManagerDataSource(url, this.database.username(), this.database.password());
			}, dialect());
			ModelSource source = (this.definition != null)
					? new SchemaDefinitionSource(this.definition, "bean 'schema'")
					: new SchemaFileSource("file:" + this.project.resolve("schema.sql"), new DefaultResourceLoader());
			return new DbCommands(migrator, files,
					() -> new SchemaComparison(migrator, source, shadows, dialect(), this.otherSchemas));
		});
		return commandLine.run(List.of(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private String query(String sql) throws SQLException {
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).as(sql).isTrue();
			return result.getString(1);
		}
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/**
	 * A name as the database stores it: H2 in upper case.
	 */
	private String name(String name) {
		return (this.database.kind() == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

	private Dialect dialect() {
		return Dialects.byName(this.database.kind().name().toLowerCase(Locale.ROOT));
	}

	private SchemaModel inspect() throws SQLException {
		try (Connection connection = this.database.openConnection()) {
			return SchemaInspectors.forDialect(dialect(), this.otherSchemas)
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
	 * The shadow databases of this test left on the server; H2's are in memory, gone with
	 * their last connection's shutdown.
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
				String name = result.getString(1);
				if (this.shadowUrls.stream().anyMatch((url) -> url.contains("/" + name))) {
					names.add(name);
				}
			}
		}
		return names;
	}

}
