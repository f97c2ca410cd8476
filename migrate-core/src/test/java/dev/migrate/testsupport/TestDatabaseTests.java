package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TestDatabase}.
 */
class TestDatabaseTests {

	@Test
	void h2DatabasesAreUniqueAndIsolated() {
		try (TestDatabase first = TestDatabase.h2(); TestDatabase second = TestDatabase.h2()) {
			assertThat(first.name()).isNotEqualTo(second.name()).matches("migrate_test_[0-9a-f]{12}");
			assertThat(first.url()).isEqualTo("jdbc:h2:mem:" + first.name() + ";DB_CLOSE_DELAY=-1");
			new JdbcTemplate(first.dataSource()).execute("CREATE TABLE account (id INT)");
			assertThat(tableCount(first, "ACCOUNT")).isOne();
			assertThat(tableCount(second, "ACCOUNT")).isZero();
		}
	}

	@Test
	void h2DatabaseOutlivesItsConnectionsUntilClosed() throws SQLException {
		TestDatabase database = TestDatabase.h2();
		try (Connection connection = database.openConnection()) {
			connection.createStatement().execute("CREATE TABLE account (id INT)");
		}
		assertThat(tableCount(database, "ACCOUNT")).isOne();
		database.close();
		assertThatExceptionOfType(SQLException.class).isThrownBy(
				() -> DriverManager.getConnection("jdbc:h2:mem:" + database.name() + ";IFEXISTS=TRUE", "sa", ""));
	}

	@Test
	void springPropertiesPointAtTheDatabase() {
		try (TestDatabase database = TestDatabase.h2()) {
			assertThat(database.springProperties()).containsExactly(entry("spring.datasource.url", database.url()),
					entry("spring.datasource.username", "sa"), entry("spring.datasource.password", ""));
		}
	}

	@Test
	void springEnvironmentPointsAChildProcessAtTheDatabase() {
		try (TestDatabase database = TestDatabase.h2()) {
			assertThat(database.springEnvironment()).containsExactly(entry("SPRING_DATASOURCE_URL", database.url()),
					entry("SPRING_DATASOURCE_USERNAME", "sa"), entry("SPRING_DATASOURCE_PASSWORD", ""));
		}
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

	private static int tableCount(TestDatabase database, String table) {
		Integer count = new JdbcTemplate(database.dataSource()).queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_name = ?", Integer.class, table);
		return (count != null) ? count : 0;
	}

}
