package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.dialect.BlockingSessions;
import dev.migrate.dialect.BlockingSessions.Session;

import org.jspecify.annotations.Nullable;

/**
 * Watches, from a second connection, whether the session of a run waits for a lock
 * another session holds (DDL behind an application's open transaction, say), and reports
 * each blocking session once. The second connection is opened only when the run lasts
 * longer than the first check's delay.
 */
final class BlockedSessionWatch implements AutoCloseable {

	/** How long a run goes before the first check, and between checks. */
	static final Duration INTERVAL = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(Migrator.class);

	private final @Nullable ScheduledExecutorService scheduler;

	private final Set<Long> reported = new HashSet<>();

	private @Nullable Connection monitor;

	private BlockedSessionWatch(@Nullable ScheduledExecutorService scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * Start watching the session of a connection, where the database can tell who blocks
	 * it.
	 * @param sessions how the database tells, if it can
	 * @param dataSource where the second connection comes from
	 * @param connection the connection of the run
	 * @param waits where waits are reported
	 * @return the watch, to close when the run ends
	 */
	static BlockedSessionWatch start(Optional<BlockingSessions> sessions, DataSource dataSource, Connection connection,
			WaitReporter waits) throws SQLException {
		if (sessions.isEmpty()) {
			return new BlockedSessionWatch(null);
		}
		long sessionId = sessions.get().sessionId(connection);
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "migrate-blocked-session-watch");
			thread.setDaemon(true);
			return thread;
		});
		BlockedSessionWatch watch = new BlockedSessionWatch(scheduler);
		long interval = INTERVAL.toMillis();
		scheduler.scheduleWithFixedDelay(() -> watch.check(sessions.get(), dataSource, sessionId, waits), interval,
				interval, TimeUnit.MILLISECONDS);
		return watch;
	}

	private void check(BlockingSessions sessions, DataSource dataSource, long sessionId, WaitReporter waits) {
		try {
			if (this.monitor == null) {
				this.monitor = dataSource.getConnection();
			}
			for (Session blocker : sessions.blockers(this.monitor, sessionId)) {
				if (this.reported.add(blocker.id())) {
					waits.report("The migration waits for a lock held by another session: " + blocker.description());
				}
			}
		}
		catch (SQLException ex) {
			logger.debug("Cannot tell whether the migration waits for another session", ex);
		}
	}

	@Override
	public void close() {
		if (this.scheduler == null) {
			return;
		}
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.monitor != null) {
			try {
				this.monitor.close();
			}
			catch (SQLException ex) {
				logger.debug("Cannot close the connection that watched the migration", ex);
			}
		}
	}

}
