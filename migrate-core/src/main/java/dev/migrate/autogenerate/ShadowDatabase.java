package dev.migrate.autogenerate;

import javax.sql.DataSource;

/**
 * A throwaway database for one comparison, dropped on {@link #close()}.
 */
public interface ShadowDatabase extends AutoCloseable {

	/**
	 * The database's name, such as {@code migrate_shadow_20260101120000_1f3a9c0b2e7d}.
	 * @return the name
	 */
	String name();

	/**
	 * Connections to the database.
	 * @return the data source
	 */
	DataSource dataSource();

	/**
	 * Drop the database.
	 * @throws dev.migrate.MigrateException when it cannot be dropped
	 */
	@Override
	void close();

}
