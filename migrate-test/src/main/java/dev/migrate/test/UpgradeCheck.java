package dev.migrate.test;

import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;

import dev.migrate.graph.Revision;
import dev.migrate.runtime.Migrator;

/**
 * {@link MigrationCheck#UPGRADE}: an empty database upgrades to the heads in one run and
 * ends at the heads.
 */
final class UpgradeCheck {

	private UpgradeCheck() {
	}

	static void run(Migrations migrations, DataSource dataSource) {
		Migrator migrator = migrations.atBase(dataSource);
		migrator.upgrade("heads");
		Set<String> heads = new TreeSet<>(migrator.heads().stream().map(Revision::id).toList());
		Set<String> current = new TreeSet<>(migrator.current());
		Assertions.assertEquals(heads, current, "After 'db upgrade heads' the database is not at the heads");
	}

}
