package dev.migrate.autoconfigure;

import dev.migrate.runtime.MigratorBuilder;
import dev.migrate.script.DdlTimeouts;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Applies the {@code migrate.*} properties to a {@link MigratorBuilder}: the one mapping
 * that the {@code Migrator} bean and the one-shot commands answered without a context
 * use.
 *
 * @since 0.1.0
 */
public final class MigratorConfigurer {

	private MigratorConfigurer() {
	}

	/**
	 * Apply the properties that configure a migrator (locations, tables, schema, dialect,
	 * transaction mode, lock timeout, checksum policy, DDL timeouts); the database is
	 * chosen elsewhere.
	 * @param properties the properties
	 * @param builder the builder
	 * @return the builder
	 */
	public static MigratorBuilder configure(MigrateProperties properties, MigratorBuilder builder) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.getLocations()).as((locations) -> locations.toArray(String[]::new)).to(builder::locations);
		map.from(properties.getVersionTable()).to(builder::versionTable);
		map.from(properties.getHistoryTable()).to(builder::historyTable);
		map.from(properties.getSchema()).to(builder::schema);
		map.from(properties.getDialect()).to(builder::dialect);
		map.from(properties.getTransactionMode()).to(builder::transactionMode);
		map.from(properties.getLockTimeout()).to(builder::lockTimeout);
		map.from(properties.getChecksumPolicy()).to(builder::checksumPolicy);
		builder.ddlTimeouts(new DdlTimeouts(properties.getDdlLockTimeout(), properties.getDdlStatementTimeout()));
		return builder;
	}

}
