package dev.migrate.autoconfigure.command;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.ShadowDatabases;
import dev.migrate.dialect.Dialect;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Where an application's model comparisons create their shadow databases: on the server
 * of {@code migrate.model.shadow-url}, else of the database to migrate, opened with the
 * credentials of the database to migrate.
 */
public final class ApplicationShadowDatabases {

	private ApplicationShadowDatabases() {
	}

	/**
	 * The shadow databases for a database.
	 * @param target the database to migrate, whose credentials the shadow databases use
	 * @param dialect the dialect of its server
	 * @param shadowUrl the value of {@code migrate.model.shadow-url}, or {@code null}
	 * @return the shadow databases
	 */
	public static ShadowDatabases of(DataSource target, Dialect dialect, @Nullable String shadowUrl) {
		String serverUrl = (shadowUrl != null) ? shadowUrl : urlOf(target);
		return new ShadowDatabases(serverUrl,
				(url) -> DataSourceBuilder.derivedFrom(target).type(SimpleDriverDataSource.class).url(url).build(),
				dialect);
	}

	private static String urlOf(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot read the URL of the database to migrate: " + ex.getMessage(), ex);
		}
	}

}
