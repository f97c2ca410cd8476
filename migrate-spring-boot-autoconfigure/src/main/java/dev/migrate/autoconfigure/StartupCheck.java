package dev.migrate.autoconfigure;

import dev.migrate.runtime.MigrationStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.runtime.Migrator;

/**
 * Leaves the database untouched on startup; applies the checksum policy to the applied
 * scripts, logs pending revisions and, if required, fails unless the database is up to
 * date.
 */
final class StartupCheck implements MigrateStartupStrategy {

	private static final Log logger = LogFactory.getLog(StartupCheck.class);

	private final boolean requireUpToDate;

	StartupCheck(boolean requireUpToDate) {
		this.requireUpToDate = requireUpToDate;
	}

	@Override
	public void migrate(Migrator migrator) {
		migrator.verifyChecksums();
		MigrationStatus status = migrator.status();
		if (status.state() == MigrationStatus.State.UP_TO_DATE) {
			logger.info("Database is up to date at " + status.current());
			return;
		}
		if (this.requireUpToDate) {
			throw new DatabaseNotUpToDateException(status);
		}
		logger.warn(status.describe() + " (migrate.auto-upgrade is off, so the database was left as it is)");
	}

}
