package dev.migrate.autogenerate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shadow databases on real PostgreSQL and MariaDB servers: what a killed run left is
 * removed by the next run unless a session uses it, while a run still going keeps its
 * own, a user who may not create databases is told the privilege and the property, and a
 * shadow database has the encoding and collation of the database it shadows.
 */
class ShadowDatabasesTests {

	private final List<String> cleanup = new ArrayList<>();

	private TestDatabase database;

	@AfterEach
	void cleanUp() throws SQLException {
		for (String sql : this.cleanup) {
			try (Connection connection = this.database.openConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
		this.database.close();
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void theFirstShadowOfARunRemovesTheShadowsOfEarlierRunsThatNoSessionUses(DatabaseKind kind) throws SQLException {
		this.database = DatabaseServers.shared().createDatabase(kind);
		String leftover = "migrate_shadow_20200101000000_" + random();
		String inUse = "migrate_shadow_20200101000001_" + random();
		String notAShadow = "migrate_shadowy_" + random();
		for (String name : List.of(leftover, inUse, notAShadow)) {
			execute("create database " + quote(name));
			this.cleanup.add("drop database if exists " + quote(name));
		}
		try (Connection session = DriverManager.getConnection(urlOf(inUse), this.database.username(),
				this.database.password())) {
			assertThat(session.isValid(5)).isTrue();
			try (ShadowDatabase shadow = shadows().create()) {
				assertThat(shadow.name()).matches("migrate_shadow_\\d{14}_[0-9a-f]{12}");
				assertThat(databases()).contains(shadow.name());
			}
			assertThat(databases()).doesNotContain(leftover).contains(inUse, notAShadow);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void aShadowOfARunThatStartedMinutesAgoIsLeftToIt(DatabaseKind kind) throws SQLException {
		this.database = DatabaseServers.shared().createDatabase(kind);
		String created = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
			.withZone(ZoneOffset.UTC)
			.format(Instant.now().minus(Duration.ofMinutes(5)));
		String running = "migrate_shadow_" + created + "_" + random();
		execute("create database " + quote(running));
		this.cleanup.add("drop database if exists " + quote(running));
		try (ShadowDatabase shadow = shadows().create()) {
			assertThat(databases()).contains(shadow.name(), running);
		}
		assertThat(databases()).contains(running);
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
	void aPostgresRoleWithoutCreatedbIsToldThePrivilegeAndTheProperty(DatabaseKind kind) throws SQLException {
		this.database = DatabaseServers.shared().createDatabase(kind);
		String role = "migrate_restricted_" + random();
		execute("create role " + role + " login password 'secret' nocreatedb");
		this.cleanup.add("drop role if exists " + role);
		ShadowDatabases shadows = new ShadowDatabases(this.database.url(),
				(url) -> new DriverManagerDataSource(url, role, "secret"), dialect());
		assertThatExceptionOfType(MigrateException.class).isThrownBy(shadows::create)
			.withMessageStartingWith("Cannot create the shadow database migrate_shadow_")
			.withMessageContaining("permission denied to create database")
			.withMessageEndingWith("; the user needs the CREATEDB privilege (ALTER ROLE <user> CREATEDB), or set the "
					+ "shadow URL (migrate.model.shadow-url) to a server where it may create databases");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = "MARIADB")
	void aMariaDbUserWithoutCreateIsToldThePrivilegeAndTheProperty(DatabaseKind kind) throws SQLException {
		this.database = DatabaseServers.shared().createDatabase(kind);
		String user = "migrate_restricted_" + random().substring(0, 8);
		for (String host : List.of("%", "localhost")) {
			execute("create user '" + user + "'@'" + host + "' identified by 'secret'");
			execute("grant all on `" + this.database.name() + "`.* to '" + user + "'@'" + host + "'");
			this.cleanup.add("drop user if exists '" + user + "'@'" + host + "'");
		}
		ShadowDatabases shadows = new ShadowDatabases(this.database.url(),
				(url) -> new DriverManagerDataSource(url, user, "secret"), dialect());
		assertThatExceptionOfType(MigrateException.class).isThrownBy(shadows::create)
			.withMessageStartingWith("Cannot create the shadow database migrate_shadow_")
			.withMessageContaining("Access denied for user '" + user + "'")
			.withMessageEndingWith("; the user needs the CREATE and DROP privileges on migrate_shadow_% databases, "
					+ "or set the shadow URL (migrate.model.shadow-url) to a server where it may create databases");
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void aShadowHasTheEncodingAndCollationOfTheDatabaseItShadows(DatabaseKind kind) throws SQLException {
		this.database = DatabaseServers.shared().createDatabase(kind);
		String target = "migrate_latin1_" + random();
		execute((kind == DatabaseKind.POSTGRESQL)
				? "create database " + target + " template template0 encoding 'LATIN1' lc_collate 'C' lc_ctype 'C'"
				: "create database " + target + " character set latin1 collate latin1_general_ci");
		this.cleanup.add("drop database if exists " + target);
		ShadowDatabases shadows = new ShadowDatabases(urlOf(target),
				(url) -> new DriverManagerDataSource(url, this.database.username(), this.database.password()),
				dialect());
		try (ShadowDatabase shadow = shadows.create()) {
			assertThat(settings(shadow.name())).isEqualTo(settings(target))
				.isEqualTo((kind == DatabaseKind.POSTGRESQL) ? "LATIN1 C C" : "latin1 latin1_general_ci");
		}
	}

	private String settings(String name) throws SQLException {
		String sql = (this.database.kind() == DatabaseKind.POSTGRESQL)
				? "select pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || datctype from pg_database "
						+ "where datname = '" + name + "'"
				: "select concat(default_character_set_name, ' ', default_collation_name) "
						+ "from information_schema.schemata where schema_name = '" + name + "'";
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).as(name).isTrue();
			return result.getString(1);
		}
	}

	private ShadowDatabases shadows() {
		return new ShadowDatabases(this.database.url(),
				(url) -> new DriverManagerDataSource(url, this.database.username(), this.database.password()),
				dialect());
	}

	private List<String> databases() throws SQLException {
		String sql = (this.database.kind() == DatabaseKind.POSTGRESQL) ? "select datname from pg_database"
				: "select schema_name from information_schema.schemata";
		List<String> names = new ArrayList<>();
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private String urlOf(String name) {
		return this.database.url().replace("/" + this.database.name(), "/" + name);
	}

	private String quote(String name) {
		return (this.database.kind() == DatabaseKind.POSTGRESQL) ? "\"" + name + "\"" : "`" + name + "`";
	}

	private Dialect dialect() {
		return Dialects.byName(this.database.kind().name().toLowerCase(Locale.ROOT));
	}

	private static String random() {
		byte[] bytes = new byte[6];
		ThreadLocalRandom.current().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
