package dev.migrate.autoconfigure;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * A {@link SchemaManagementProvider} that reports the database migrate upgrades as
 * managed, so that Hibernate's {@code ddl-auto} defaults to {@code none} for it.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final MigrationDataSource migrationDataSource;

	MigrateSchemaManagementProvider(MigrationDataSource migrationDataSource) {
		this.migrationDataSource = migrationDataSource;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return manages(dataSource) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

	private boolean manages(DataSource dataSource) {
		String url = this.migrationDataSource.url();
		if (url != null) {
			return database(url).equals(database(urlOf(dataSource)));
		}
		return this.migrationDataSource.existing() == dataSource;
	}

	/**
	 * Return the part of a JDBC URL that names the database, without its parameters.
	 */
	private static String database(String url) {
		return url.split("[;?]", 2)[0];
	}

	private static String urlOf(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
		}
		catch (MetaDataAccessException ex) {
			return "";
		}
	}

}
