package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TestDatabasesExtension} through {@link WithTestDatabases}.
 */
@WithTestDatabases
class TestDatabasesExtensionTests {

	private static TestDatabases beforeAll;

	@BeforeAll
	static void rememberDatabases(TestDatabases databases) {
		beforeAll = databases;
	}

	@Test
	void createsServerDatabasesBeforeAllTests(TestDatabases databases) {
		assertThat(databases).isSameAs(beforeAll);
		DatabaseServers servers = DatabaseServers.shared();
		assertThat(servers.server(DatabaseKind.POSTGRESQL).exists(databases.postgresql().name())).isTrue();
		assertThat(servers.server(DatabaseKind.MARIADB).exists(databases.mariadb().name())).isTrue();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void givesOneDatabasePerKind(DatabaseKind kind, TestDatabases databases) {
		TestDatabase database = databases.get(kind);
		assertThat(database.kind()).isEqualTo(kind);
		assertThat(databases.get(kind)).isSameAs(database);
		Integer one = new JdbcTemplate(database.dataSource()).queryForObject("SELECT 1", Integer.class);
		assertThat(one).isOne();
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void dataSourceOpensIndependentConnections(DatabaseKind kind, TestDatabases databases) throws SQLException {
		DataSource dataSource = databases.get(kind).dataSource();
		new JdbcTemplate(dataSource).execute("CREATE TABLE independent_" + kind.name() + " (id INT)");
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			first.setAutoCommit(false);
			first.createStatement().execute("INSERT INTO independent_" + kind.name() + " VALUES (1)");
			assertThat(count(second, "independent_" + kind.name())).isZero();
			first.commit();
			assertThat(count(second, "independent_" + kind.name())).isOne();
		}
	}

	private static int count(Connection connection, String table) throws SQLException {
		try (var result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
			result.next();
			return result.getInt(1);
		}
	}

	@Nested
	class NestedTests {

		@Test
		void sharesTheEnclosingClassDatabases(TestDatabases databases) {
			assertThat(databases).isSameAs(beforeAll);
		}

	}

}
