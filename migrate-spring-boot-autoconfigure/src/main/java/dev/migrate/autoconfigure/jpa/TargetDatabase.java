package dev.migrate.autoconfigure.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.springframework.util.Assert;

/**
 * The database product and version Hibernate writes the schema for, so that it picks its
 * dialect without connecting.
 *
 * @param productName the product name as the JDBC driver reports it, such as
 * {@code PostgreSQL}
 * @param productVersion the full product version as the driver reports it
 * @param majorVersion the major version
 * @param minorVersion the minor version
 */
public record TargetDatabase(String productName, String productVersion, int majorVersion, int minorVersion) {

	public TargetDatabase {
		Assert.hasText(productName, "'productName' must not be empty");
		Assert.notNull(productVersion, "'productVersion' must not be null");
	}

	/**
	 * The database a connection is open to.
	 * @param connection migrate's own connection; it is left open
	 * @return the database
	 * @throws SQLException when the driver cannot describe the database
	 */
	public static TargetDatabase of(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		return new TargetDatabase(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
				metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
	}

}
