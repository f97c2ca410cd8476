package dev.migrate.dialect;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * Operations executed on H2 in memory.
 */
class H2OperationsExecutionTests extends AbstractOperationsExecutionTests {

	private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	H2OperationsExecutionTests() {
		super(new H2Dialect());
	}

	@Override
	DataSource dataSource() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(URL);
		return dataSource;
	}

}
