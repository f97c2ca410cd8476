package dev.migrate.runtime;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells that a run waits for a lock another session holds: in the log, and to the
 * listeners.
 */
final class WaitReporter {

	private static final Log logger = LogFactory.getLog(Migrator.class);

	private final List<MigrationListener> listeners;

	WaitReporter(List<MigrationListener> listeners) {
		this.listeners = listeners;
	}

	void report(String description) {
		logger.warn(description);
		this.listeners.forEach((listener) -> listener.onWait(description));
	}

}
