package dev.migrate.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.script.DdlTimeouts;
import dev.migrate.script.ScriptLoader;

import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link Migrator}: where revisions live, which database to migrate and how.
 * Start with {@link Migrator#configure()}.
 */
public final class MigratorBuilder {

	/** The default version table name. */
	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	/** The default history table name. */
	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	/** The default lock timeout. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	private @Nullable DataSource dataSource;

	private @Nullable Dialect dialect;

	private List<String> locations = List.of(ScriptLoader.DEFAULT_LOCATION);

	private String versionTable = DEFAULT_VERSION_TABLE;

	private String historyTable = DEFAULT_HISTORY_TABLE;

	private @Nullable String schema;

	private TransactionMode transactionMode = TransactionMode.PER_REVISION;

	private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

	private ChecksumPolicy checksumPolicy = ChecksumPolicy.FAIL;

	private ClassLoader classLoader = MigratorBuilder.class.getClassLoader();

	private final List<MigrationListener> listeners = new ArrayList<>();

	private DdlTimeouts ddlTimeouts = DdlTimeouts.NONE;

	private RevisionLoader revisionLoader = RevisionLoader.DIRECT;

	MigratorBuilder() {
	}

	/**
	 * Set the database to migrate. Without one, only offline SQL can be rendered.
	 * @param dataSource the data source
	 * @return this configuration
	 */
	public MigratorBuilder dataSource(DataSource dataSource) {
		this.dataSource = dataSource;
		return this;
	}

	/**
	 * Set the dialect, instead of detecting it from the data source.
	 * @param dialect the dialect
	 * @return this configuration
	 */
	public MigratorBuilder dialect(Dialect dialect) {
		this.dialect = dialect;
		return this;
	}

	/**
	 * Set the dialect by name ({@code postgresql}, {@code h2}, {@code mariadb}).
	 * @param name the dialect name
	 * @return this configuration
	 */
	public MigratorBuilder dialect(String name) {
		return dialect(Dialects.byName(name));
	}

	/**
	 * Set where revisions live: {@code classpath:} or {@code file:} locations.
	 * @param locations the locations, scanned in this order
	 * @return this configuration
	 */
	public MigratorBuilder locations(String... locations) {
		this.locations = List.of(locations);
		return this;
	}

	/**
	 * Set the name of the version table.
	 * @param versionTable the table name
	 * @return this configuration
	 */
	public MigratorBuilder versionTable(String versionTable) {
		this.versionTable = versionTable;
		return this;
	}

	/**
	 * Set the name of the history table.
	 * @param historyTable the table name
	 * @return this configuration
	 */
	public MigratorBuilder historyTable(String historyTable) {
		this.historyTable = historyTable;
		return this;
	}

	/**
	 * Set the schema of the version and history tables.
	 * @param schema the schema, or {@code null} for the connection's default
	 * @return this configuration
	 */
	public MigratorBuilder schema(@Nullable String schema) {
		this.schema = schema;
		return this;
	}

	/**
	 * Set how revisions are grouped into transactions.
	 * @param transactionMode the mode
	 * @return this configuration
	 */
	public MigratorBuilder transactionMode(TransactionMode transactionMode) {
		this.transactionMode = transactionMode;
		return this;
	}

	/**
	 * Set how long a run waits for another run's lock.
	 * @param lockTimeout the timeout
	 * @return this configuration
	 */
	public MigratorBuilder lockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
		return this;
	}

	/**
	 * Set how long the statements of every revision may wait for a lock and run, unless
	 * the revision sets its own ({@code -- lock-timeout: 5s} in the SQL header,
	 * {@code @Revision(lockTimeout = "5s")}): a migration then fails fast instead of
	 * queueing behind a long transaction while the application queues behind it.
	 * @param ddlTimeouts the timeouts; a {@code null} part sets none
	 * @return this configuration
	 */
	public MigratorBuilder ddlTimeouts(DdlTimeouts ddlTimeouts) {
		this.ddlTimeouts = ddlTimeouts;
		return this;
	}

	/**
	 * Set what happens when an applied script was edited since it ran.
	 * @param checksumPolicy the policy
	 * @return this configuration
	 */
	public MigratorBuilder checksumPolicy(ChecksumPolicy checksumPolicy) {
		this.checksumPolicy = checksumPolicy;
		return this;
	}

	/**
	 * Set the class loader for Java migrations and classpath locations.
	 * @param classLoader the class loader
	 * @return this configuration
	 */
	public MigratorBuilder classLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
		return this;
	}

	/**
	 * Add a listener called around each step.
	 * @param listener the listener
	 * @return this configuration
	 */
	public MigratorBuilder listener(MigrationListener listener) {
		this.listeners.add(listener);
		return this;
	}

	/**
	 * Set how the revisions are loaded when {@link #load()} builds the migrator; by
	 * default the locations are scanned then ({@link RevisionLoader#DIRECT}).
	 * @param revisionLoader the loader
	 * @return this configuration
	 */
	public MigratorBuilder revisionLoader(RevisionLoader revisionLoader) {
		this.revisionLoader = revisionLoader;
		return this;
	}

	/**
	 * Load every revision, validate the graph and return the migrator.
	 * @return the migrator
	 */
	public Migrator load() {
		MigratorOptions options = new MigratorOptions(this.dataSource, this.dialect, this.locations, this.versionTable,
				this.historyTable, this.schema, this.transactionMode, this.lockTimeout, this.checksumPolicy,
				this.classLoader, this.listeners, this.ddlTimeouts);
		return new Migrator(options, this.revisionLoader.load(options.classLoader(), options.locations()));
	}

}
