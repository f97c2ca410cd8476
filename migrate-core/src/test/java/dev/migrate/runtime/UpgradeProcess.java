package dev.migrate.runtime;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Upgrades a database to its heads, in a process of its own, for tests that kill a run.
 * Arguments: JDBC URL, user, password, location.
 */
public final class UpgradeProcess {

	private UpgradeProcess() {
	}

	public static void main(String[] args) {
		Migrator.configure()
			.dataSource(new DriverManagerDataSource(args[0], args[1], args[2]))
			.locations(args[3])
			.load()
			.upgrade("heads");
	}

}
