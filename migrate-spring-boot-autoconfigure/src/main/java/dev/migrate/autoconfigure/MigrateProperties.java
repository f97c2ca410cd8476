package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.runtime.ChecksumPolicy;
import dev.migrate.runtime.TransactionMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for migrate.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/**
	 * Whether to enable migrate.
	 */
	private boolean enabled = true;

	/**
	 * Whether to upgrade the database to the target on startup. When off, startup only
	 * reports pending revisions.
	 */
	private boolean autoUpgrade = true;

	/**
	 * Revision expression to upgrade to on startup, such as 'heads', 'head', an id or
	 * 'label@head'.
	 */
	private String target = "heads";

	/**
	 * Whether startup fails when auto-upgrade is off and the database is not at the
	 * heads, is at a revision the application does not know, or has a failed revision.
	 */
	private boolean requireUpToDate;

	/**
	 * Locations of revision scripts: 'classpath:' or 'file:' directories of SQL files,
	 * and on the classpath, the package of the same name for Java revisions.
	 */
	private List<String> locations = List.of("classpath:db/migrations");

	/**
	 * Whether the revisions are read on a thread of their own from the moment the
	 * application context is prepared, while the rest of the context starts, rather than
	 * when the migrator is created.
	 */
	private boolean loadInBackground = true;

	/**
	 * Name of the version table, one row per applied head.
	 */
	private String versionTable = "migrate_version";

	/**
	 * Name of the history table, one row per upgrade, downgrade, stamp or repair.
	 */
	private String historyTable = "migrate_history";

	/**
	 * Schema of the version and history tables. Defaults to the connection's schema.
	 */
	private @Nullable String schema;

	/**
	 * Dialect to use ('postgresql', 'h2', 'mariadb'). Detected from the database by
	 * default.
	 */
	private @Nullable String dialect;

	/**
	 * JDBC URL of the database to migrate, when it is not the application's DataSource.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate, such as a user allowed to change the schema.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	/**
	 * How revisions are grouped into transactions on databases with transactional DDL.
	 */
	private TransactionMode transactionMode = TransactionMode.PER_REVISION;

	/**
	 * How long a run waits for the migration lock held by another run.
	 */
	private Duration lockTimeout = Duration.ofSeconds(60);

	/**
	 * How long each statement of a revision may wait for a table lock before the database
	 * gives up on it, so a migration fails fast instead of queueing behind a long
	 * transaction while the application's queries queue behind it. A revision sets its
	 * own with 'lock-timeout' in its SQL header or @Revision(lockTimeout). Not set: no
	 * limit.
	 */
	private @Nullable Duration ddlLockTimeout;

	/**
	 * How long each statement of a revision may run before the database cancels it. A
	 * revision sets its own with 'statement-timeout' in its SQL header
	 * or @Revision(statementTimeout). Not set: no limit.
	 */
	private @Nullable Duration ddlStatementTimeout;

	/**
	 * What to do when an applied script was edited after it ran.
	 */
	private ChecksumPolicy checksumPolicy = ChecksumPolicy.FAIL;

	/**
	 * What to do with the lint findings of the pending revisions before the upgrade on
	 * startup: log them (warn), also refuse to migrate on an error (fail), or skip the
	 * lint (off). Without auto-upgrade nothing runs, so nothing is linted.
	 */
	private StartupLint.Mode lint = StartupLint.Mode.WARN;

	private final Health health = new Health();

	private final Revisions revisions = new Revisions();

	private final Model model = new Model();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isLoadInBackground() {
		return this.loadInBackground;
	}

	public void setLoadInBackground(boolean loadInBackground) {
		this.loadInBackground = loadInBackground;
	}

	public boolean isAutoUpgrade() {
		return this.autoUpgrade;
	}

	public void setAutoUpgrade(boolean autoUpgrade) {
		this.autoUpgrade = autoUpgrade;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public boolean isRequireUpToDate() {
		return this.requireUpToDate;
	}

	public void setRequireUpToDate(boolean requireUpToDate) {
		this.requireUpToDate = requireUpToDate;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public @Nullable String getDialect() {
		return this.dialect;
	}

	public void setDialect(@Nullable String dialect) {
		this.dialect = dialect;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public TransactionMode getTransactionMode() {
		return this.transactionMode;
	}

	public void setTransactionMode(TransactionMode transactionMode) {
		this.transactionMode = transactionMode;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public @Nullable Duration getDdlLockTimeout() {
		return this.ddlLockTimeout;
	}

	public void setDdlLockTimeout(@Nullable Duration ddlLockTimeout) {
		this.ddlLockTimeout = ddlLockTimeout;
	}

	public @Nullable Duration getDdlStatementTimeout() {
		return this.ddlStatementTimeout;
	}

	public void setDdlStatementTimeout(@Nullable Duration ddlStatementTimeout) {
		this.ddlStatementTimeout = ddlStatementTimeout;
	}

	public ChecksumPolicy getChecksumPolicy() {
		return this.checksumPolicy;
	}

	public void setChecksumPolicy(ChecksumPolicy checksumPolicy) {
		this.checksumPolicy = checksumPolicy;
	}

	public StartupLint.Mode getLint() {
		return this.lint;
	}

	public void setLint(StartupLint.Mode lint) {
		this.lint = lint;
	}

	public Health getHealth() {
		return this.health;
	}

	public Revisions getRevisions() {
		return this.revisions;
	}

	public Model getModel() {
		return this.model;
	}

	/**
	 * Health indicator properties.
	 */
	public static class Health {

		/**
		 * Health status to report while revisions are pending. Defaults to OUT_OF_SERVICE
		 * when auto-upgrade is off, UP otherwise.
		 */
		private @Nullable String pendingStatus;

		public @Nullable String getPendingStatus() {
			return this.pendingStatus;
		}

		public void setPendingStatus(@Nullable String pendingStatus) {
			this.pendingStatus = pendingStatus;
		}

	}

	/**
	 * Where the 'db revision' and 'db merge' commands write new revisions.
	 */
	public static class Revisions {

		/**
		 * Source directory of Java revisions, relative to the working directory.
		 */
		private String javaDirectory = "src/main/java";

		/**
		 * Package of Java revisions.
		 */
		private String javaPackage = "db.migrations";

		/**
		 * Directory of SQL revisions, relative to the working directory.
		 */
		private String sqlDirectory = "src/main/resources/db/migrations";

		public String getJavaDirectory() {
			return this.javaDirectory;
		}

		public void setJavaDirectory(String javaDirectory) {
			this.javaDirectory = javaDirectory;
		}

		public String getJavaPackage() {
			return this.javaPackage;
		}

		public void setJavaPackage(String javaPackage) {
			this.javaPackage = javaPackage;
		}

		public String getSqlDirectory() {
			return this.sqlDirectory;
		}

		public void setSqlDirectory(String sqlDirectory) {
			this.sqlDirectory = sqlDirectory;
		}

	}

	/**
	 * The desired schema that 'db check' and 'db migrate' compare the revisions with.
	 */
	public static class Model {

		/**
		 * Where the desired schema comes from. Defaults to 'schema-file' when
		 * 'migrate.model.schema-file' is set, else to 'bean' when the application defines
		 * a SchemaDefinition bean, else to 'schema-file' when 'classpath:db/schema.sql'
		 * exists, else to 'jpa' when Hibernate is on the class path, else to
		 * 'schema-file'.
		 */
		private @Nullable Source source;

		/**
		 * The schema file: the DDL that creates the desired schema in an empty database
		 * ('classpath:' or 'file:'). Defaults to 'classpath:db/schema.sql'.
		 */
		private @Nullable String schemaFile;

		/**
		 * JDBC URL of a database on the server where shadow databases are created.
		 * Defaults to the server of the database to migrate.
		 */
		private @Nullable String shadowUrl;

		/**
		 * Schemas compared besides the connection's current one (PostgreSQL and H2),
		 * whose tables are named 'schema.table'. On MariaDB, where a schema is a
		 * database, none may be listed.
		 */
		private List<String> schemas = new ArrayList<>();

		public @Nullable Source getSource() {
			return this.source;
		}

		public void setSource(@Nullable Source source) {
			this.source = source;
		}

		public @Nullable String getSchemaFile() {
			return this.schemaFile;
		}

		public void setSchemaFile(@Nullable String schemaFile) {
			this.schemaFile = schemaFile;
		}

		public @Nullable String getShadowUrl() {
			return this.shadowUrl;
		}

		public void setShadowUrl(@Nullable String shadowUrl) {
			this.shadowUrl = shadowUrl;
		}

		public List<String> getSchemas() {
			return this.schemas;
		}

		public void setSchemas(List<String> schemas) {
			this.schemas = schemas;
		}

		/**
		 * A source of the desired schema.
		 */
		public enum Source {

			/**
			 * The schema file, 'migrate.model.schema-file'.
			 */
			SCHEMA_FILE,

			/**
			 * The application's JPA entities, found and named as Spring Boot's JPA
			 * auto-configuration would; needs Hibernate on the class path.
			 */
			JPA,

			/**
			 * The application's SchemaDefinition bean: the desired schema as migrate's
			 * operations, for JDBC and jOOQ applications.
			 */
			BEAN

		}

	}

}
