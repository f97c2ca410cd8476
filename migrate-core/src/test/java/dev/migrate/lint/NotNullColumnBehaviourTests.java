package dev.migrate.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@code add-not-null-column} reports is what the databases do with a table that has
 * rows: PostgreSQL refuses the column, MariaDB fills the rows with zero values.
 */
@WithTestDatabases
class NotNullColumnBehaviourTests {

	private static final String ADD = "ALTER TABLE account ADD COLUMN tier INT NOT NULL";

	@Test
	void postgresRefusesTheColumnOnATableWithRows(TestDatabases databases) throws SQLException {
		assertThat(Lint.sqlCodes("postgresql", ADD + ";")).containsExactly("add-not-null-column");
		try (Connection connection = databases.get(DatabaseKind.POSTGRESQL).openConnection();
				Statement statement = connection.createStatement()) {
			createAccountWithARow(statement);
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute(ADD))
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("23502"));
			statement.execute(ADD + " DEFAULT 1");
		}
	}

	@Test
	void mariaDbFillsTheRowsWithZero(TestDatabases databases) throws SQLException {
		assertThat(Lint.sqlCodes("mariadb", ADD + ";")).containsExactly("add-not-null-column");
		try (Connection connection = databases.get(DatabaseKind.MARIADB).openConnection();
				Statement statement = connection.createStatement()) {
			createAccountWithARow(statement);
			statement.execute(ADD);
			try (ResultSet result = statement.executeQuery("SELECT tier FROM account")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getInt(1)).isZero();
				assertThat(result.wasNull()).isFalse();
			}
		}
	}

	private static void createAccountWithARow(Statement statement) throws SQLException {
		statement.execute("DROP TABLE IF EXISTS account");
		statement.execute("CREATE TABLE account (id INT)");
		statement.execute("INSERT INTO account VALUES (1)");
	}

}
