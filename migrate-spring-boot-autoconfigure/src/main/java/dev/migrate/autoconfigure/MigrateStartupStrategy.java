package dev.migrate.autoconfigure;

import dev.migrate.runtime.MigrationStatus;
import dev.migrate.runtime.Migrator;

/**
 * What the {@link MigrationRunner} does with the database on startup. Define a bean of
 * this type to replace the default, which upgrades to {@code migrate.target} (or, with
 * {@code migrate.auto-upgrade=false}, only reports pending revisions). For example, to
 * check applied scripts for edits and change nothing: <pre class="code">
 * &#64;Bean
 * MigrateStartupStrategy validateOnly() {
 *     return (migrator) -&gt; migrator.validate().forEach(System.out::println);
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrateStartupStrategy {

	/**
	 * Act on the database on startup.
	 * @param migrator the migrator
	 */
	void migrate(Migrator migrator);

	/**
	 * Return a strategy that upgrades the database to a target.
	 * @param target a revision expression, such as {@code heads}
	 * @return the strategy
	 */
	static MigrateStartupStrategy upgrade(String target) {
		return (migrator) -> migrator.upgrade(target);
	}

	/**
	 * Return a strategy that leaves the database untouched and logs where it stands.
	 * @param requireUpToDate whether to fail with a {@link DatabaseNotUpToDateException}
	 * when the database is not {@link MigrationStatus.State#UP_TO_DATE up to date}
	 * @return the strategy
	 */
	static MigrateStartupStrategy check(boolean requireUpToDate) {
		return new StartupCheck(requireUpToDate);
	}

}
