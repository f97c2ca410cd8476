package dev.migrate.test;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.H2Dialect;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.MigratorBuilder;

/**
 * The migrations under test: how the checks load them, online or offline, and how a
 * failure names a revision.
 */
final class Migrations {

	private final MigrationSettings settings;

	private final ClassLoader classLoader;

	Migrations(MigrationSettings settings, ClassLoader classLoader) {
		this.settings = settings;
		this.classLoader = classLoader;
	}

	MigrationSettings settings() {
		return this.settings;
	}

	/**
	 * Load the revisions for a database, which is first brought down to base, so each
	 * check starts from an empty schema.
	 * @param dataSource the database
	 * @return the migrator at base
	 */
	Migrator atBase(DataSource dataSource) {
		Migrator migrator = builder().dataSource(dataSource).load();
		if (!migrator.current().isEmpty()) {
			migrator.downgrade("base");
		}
		return migrator;
	}

	/**
	 * Load the revisions to render offline SQL for a dialect.
	 * @param dialect the dialect
	 * @return the migrator without a database
	 */
	Migrator offline(Dialect dialect) {
		return builder().dialect(dialect).load();
	}

	/**
	 * Load the revisions without a database, to read the graph and the scripts.
	 * @return the migrator without a database
	 */
	Migrator withoutDatabase() {
		return builder().load();
	}

	/**
	 * The steps of an upgrade from base to the heads, in run order.
	 * @param migrator the loaded revisions
	 * @return one step per revision
	 */
	static List<Step> runOrder(Migrator migrator) {
		return new MigrationPlanner(migrator.graph()).upgrade(List.of(), "heads").steps();
	}

	/**
	 * The tables of migrate's own that schema comparisons leave out.
	 * @return the table names
	 */
	Set<String> ownTables() {
		return Set.of(this.settings.versionTable(), this.settings.historyTable(), H2Dialect.LOCK_TABLE);
	}

	/**
	 * Whether a revision is listed as irreversible.
	 * @param revision the revision
	 * @return whether the stairway leaves its downgrade out
	 */
	boolean isIrreversible(Revision revision) {
		return this.settings.irreversible().contains(revision.id());
	}

	/**
	 * Name a revision and where it comes from, for a failure message.
	 * @param revision the revision
	 * @return such as {@code revision 3b2c4d5e6f70 (3b2c4d5e6f70_add_email.sql)}
	 */
	static String describe(Revision revision) {
		return "revision " + revision.id() + " (" + revision.source() + ")";
	}

	static String describe(List<Revision> revisions) {
		return String.join(", ", revisions.stream().map(Migrations::describe).toList());
	}

	private MigratorBuilder builder() {
		return Migrator.configure()
			.locations(this.settings.locations().toArray(String[]::new))
			.versionTable(this.settings.versionTable())
			.historyTable(this.settings.historyTable())
			.classLoader(this.classLoader);
	}

}
