package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Operations executed on MariaDB (127.0.0.1:3306, user {@code root}), in a database of
 * their own.
 */
class MariaDbOperationsExecutionTests extends AbstractOperationsExecutionTests {

	private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	private static final String DATABASE = "migrate_ops_" + UUID.randomUUID().toString().replace("-", "");

	MariaDbOperationsExecutionTests() {
		super(new MariaDbDialect());
	}

	@BeforeAll
	static void createDatabase() throws SQLException {
		execute("CREATE DATABASE " + DATABASE);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		execute("DROP DATABASE IF EXISTS " + DATABASE);
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	DataSource dataSource() {
		return new DriverManagerDataSource(SERVER + DATABASE, "root", "");
	}

}
