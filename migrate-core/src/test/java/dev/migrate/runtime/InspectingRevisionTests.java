package dev.migrate.runtime;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrate.lint.Finding;
import dev.migrate.ops.OfflineModeException;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.script.MigrationScript;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Java revisions that ask {@code op.inspect()} what exists and change only what is
 * missing, on every database: they run on an empty database, on one that already has what
 * they make, and twice on the same one; offline they stop with an error naming the
 * revision.
 */
class InspectingRevisionTests {

	private static final String LOCATION = "classpath:db/runtime/inspect";

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void createsWhatIsMissingAndSeesWhatEarlierOperationsOfTheRevisionDid(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			Migrator migrator = migrator(database);
			migrator.upgrade("heads");
			Table auditLog = inspect(migrator, database).table(stored(kind, "audit_log"));
			assertThat(auditLog).isNotNull();
			assertThat(auditLog.columns()).extracting(Column::name)
				.extracting(InspectingRevisionTests::lower)
				.containsExactly("id", "message", "created_by");
			assertThat(auditLog.indexes()).extracting(Index::name)
				.extracting(InspectingRevisionTests::lower)
				.containsExactly("ix_audit_log_created_by");
			assertThat(JdbcClient.create(database.dataSource())
				.sql("SELECT name FROM seen_table")
				.query(String.class)
				.list()).extracting(InspectingRevisionTests::lower)
				.containsExactlyInAnyOrder("audit_log", "seen_table");
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void leavesWhatExistsAloneAndRunsAgainWithoutError(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			execute(database,
					"CREATE TABLE audit_log (id BIGINT PRIMARY KEY, message VARCHAR(200) NOT NULL,"
							+ " created_by VARCHAR(50))",
					"CREATE INDEX ix_audit_log_created_by ON audit_log (created_by)",
					"INSERT INTO audit_log (id, message, created_by) VALUES (1, 'made by hand', 'dba')");
			Migrator migrator = migrator(database);
			migrator.upgrade("1a0000000001");
			migrator.stamp(List.of("base"), false);
			migrator.upgrade("1a0000000001");
			assertThat(migrator.current()).containsExactly("1a0000000001");
			assertThat(JdbcClient.create(database.dataSource())
				.sql("SELECT message FROM audit_log")
				.query(String.class)
				.list()).containsExactly("made by hand");
			assertThat(inspect(migrator, database).table(stored(kind, "audit_log")).indexes()).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void addsOnlyTheColumnAndIndexThatAreMissing(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			execute(database, "CREATE TABLE audit_log (id BIGINT PRIMARY KEY, message VARCHAR(200) NOT NULL)",
					"INSERT INTO audit_log (id, message) VALUES (1, 'made by hand')");
			Migrator migrator = migrator(database);
			migrator.upgrade("1a0000000001");
			Table auditLog = inspect(migrator, database).table(stored(kind, "audit_log"));
			assertThat(auditLog.columns()).extracting(Column::name)
				.extracting(InspectingRevisionTests::lower)
				.containsExactly("id", "message", "created_by");
			assertThat(auditLog.indexes()).extracting(Index::name)
				.extracting(InspectingRevisionTests::lower)
				.containsExactly("ix_audit_log_created_by");
			assertThat(JdbcClient.create(database.dataSource())
				.sql("SELECT COUNT(*) FROM audit_log")
				.query(Integer.class)
				.single()).isOne();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void downgradeAsksToo(DatabaseKind kind) throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			Migrator migrator = migrator(database);
			migrator.upgrade("heads");
			migrator.downgrade("base");
			assertThat(inspect(migrator, database).tables()).isEmpty();
			migrator.stamp(List.of("1a0000000001"), false);
			migrator.downgrade("base");
			assertThat(migrator.current()).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void inspectionIsNoOperationForChecksumsAndLint(DatabaseKind kind) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			Migrator migrator = migrator(database);
			migrator.upgrade("heads");
			assertThat(migrator.history()).extracting(HistoryEntry::checksum).containsOnlyNulls();
			assertThat(migrator.validate()).isEmpty();
			MigrationScript script = migrator.scripts()
				.stream()
				.filter((candidate) -> candidate.revision().id().equals("1a0000000001"))
				.findFirst()
				.orElseThrow();
			List<Finding> findings = migrator.linter().lint(script);
			assertThat(findings).extracting(Finding::code).containsExactly("data-migration-not-analysed");
			assertThat(findings.get(0).change()).isEqualTo("op.inspect()");
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void inspectsAnotherSchemaNamedAsWrittenAndCreatesOnlyWhatIsMissingThere(DatabaseKind kind) throws SQLException {
		try (TestDatabase empty = DatabaseServers.shared().createDatabase(kind);
				TestDatabase filled = DatabaseServers.shared().createDatabase(kind)) {
			execute(empty, "CREATE SCHEMA audit");
			execute(filled, "CREATE SCHEMA audit", "CREATE TABLE audit.event (id BIGINT PRIMARY KEY)",
					"INSERT INTO audit.event (id) VALUES (7)");
			for (TestDatabase database : List.of(empty, filled)) {
				Migrator.configure()
					.dataSource(database.dataSource())
					.locations("classpath:db/runtime/inspectschema")
					.load()
					.upgrade("heads");
			}
			assertThat(JdbcClient.create(empty.dataSource())
				.sql("SELECT COUNT(*) FROM audit.event")
				.query(Integer.class)
				.single()).isZero();
			assertThat(JdbcClient.create(filled.dataSource())
				.sql("SELECT id FROM audit.event")
				.query(Integer.class)
				.single()).isEqualTo(7);
		}
	}

	@Test
	void offlineSqlStopsNamingTheRevisionAndWhatToDo() {
		Migrator migrator = Migrator.configure().dialect("postgresql").locations(LOCATION).load();
		assertThatExceptionOfType(OfflineModeException.class)
			.isThrownBy(() -> migrator.upgradeSql("base:heads", new StringWriter()))
			.withMessageStartingWith("Revision 1a0000000001 (db.runtime.inspect.I1CreateAuditLog): op.inspect() reads"
					+ " the live schema")
			.withMessageContaining("'db upgrade'")
			.withMessageContaining("if (!op.isOffline())");
	}

	private static Migrator migrator(TestDatabase database) {
		return Migrator.configure().dataSource(database.dataSource()).locations(LOCATION).load();
	}

	private static SchemaModel inspect(Migrator migrator, TestDatabase database) throws SQLException {
		try (Connection connection = database.openConnection()) {
			return SchemaInspectors.forDialect(migrator.dialect()).inspect(connection, null, migrator.ownTables());
		}
	}

	private static void execute(TestDatabase database, String... statements) throws SQLException {
		try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String stored(DatabaseKind kind, String name) {
		return (kind == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
