package dev.migrate.script;

import java.util.List;

import dev.migrate.graph.Revision;

/**
 * A loaded migration script: a Java {@link Migration} class or a SQL file.
 */
public sealed interface MigrationScript permits JavaMigrationScript, SqlMigrationScript {

	/**
	 * Return the revision this script declares. Its {@link Revision#source() source}
	 * names the script: the Java class name or the location-relative SQL file.
	 * @return the revision
	 */
	Revision revision();

	/**
	 * Return whether this script runs in a transaction.
	 * @return whether the script is transactional
	 */
	boolean transactional();

	/**
	 * Return the lint findings this script suppresses, with the reasons given.
	 * @return the suppressions
	 */
	List<LintIgnore> lintIgnores();

	/**
	 * Return the DDL timeouts this script sets for itself, over those configured for
	 * every revision.
	 * @return the timeouts, {@link DdlTimeouts#NONE} when it sets none
	 */
	DdlTimeouts timeouts();

}
