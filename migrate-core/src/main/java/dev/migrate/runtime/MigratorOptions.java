package dev.migrate.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.DdlTimeouts;

import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Migrator} is configured with. Built by
 * {@link Migrator#configure()}.
 *
 * @param dataSource the database, or {@code null} to render offline SQL only
 * @param dialect the dialect, or {@code null} to detect it from the data source
 * @param locations where revisions live, such as {@code classpath:db/migrations}
 * @param versionTable the version table name
 * @param historyTable the history table name
 * @param schema the schema of both tables, or {@code null} for the default schema
 * @param transactionMode how revisions are grouped into transactions
 * @param lockTimeout how long to wait for another run's lock
 * @param checksumPolicy what to do about applied scripts edited since
 * @param classLoader the class loader for Java migrations and classpath locations
 * @param listeners callbacks around each step
 * @param ddlTimeouts the lock and statement timeouts of every revision's statements,
 * unless the revision sets its own
 */
public record MigratorOptions(@Nullable DataSource dataSource, @Nullable Dialect dialect, List<String> locations,
		String versionTable, String historyTable, @Nullable String schema, TransactionMode transactionMode,
		Duration lockTimeout, ChecksumPolicy checksumPolicy, ClassLoader classLoader, List<MigrationListener> listeners,
		DdlTimeouts ddlTimeouts) {

	public MigratorOptions {
		locations = List.copyOf(locations);
		listeners = List.copyOf(listeners);
	}

	/**
	 * Return these options for another database, without listeners.
	 * @param dataSource the other database
	 * @return the new options
	 */
	public MigratorOptions onOtherDatabase(DataSource dataSource) {
		return new MigratorOptions(dataSource, this.dialect, this.locations, this.versionTable, this.historyTable,
				this.schema, this.transactionMode, this.lockTimeout, this.checksumPolicy, this.classLoader, List.of(),
				this.ddlTimeouts);
	}

	/**
	 * Return these options with one more listener.
	 * @param listener the listener to add
	 * @return the new options
	 */
	public MigratorOptions withListener(MigrationListener listener) {
		List<MigrationListener> more = new ArrayList<>(this.listeners);
		more.add(listener);
		return new MigratorOptions(this.dataSource, this.dialect, this.locations, this.versionTable, this.historyTable,
				this.schema, this.transactionMode, this.lockTimeout, this.checksumPolicy, this.classLoader, more,
				this.ddlTimeouts);
	}

}
