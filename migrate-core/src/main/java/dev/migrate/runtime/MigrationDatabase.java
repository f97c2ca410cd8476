package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;

import org.jspecify.annotations.Nullable;

/**
 * The database one {@link Migrator} works on: its data source, its dialect (configured,
 * or detected by the first connection) and migrate's own tables in it. Every run, check
 * and offline rendering of the migrator shares it, so that nothing about the database is
 * worked out twice.
 */
final class MigrationDatabase {

	private final MigratorOptions options;

	private @Nullable Dialect dialect;

	private @Nullable VersionStore store;

	private @Nullable ScriptApplier applier;

	MigrationDatabase(MigratorOptions options) {
		this(options, options.dialect());
	}

	private MigrationDatabase(MigratorOptions options, @Nullable Dialect dialect) {
		this.options = options;
		this.dialect = dialect;
	}

	/**
	 * The database of other options of the same dialect, such as a shadow database.
	 */
	MigrationDatabase onOther(MigratorOptions options) {
		return new MigrationDatabase(options, this.dialect);
	}

	/**
	 * @throws MigrateException when the migrator renders offline SQL only
	 */
	DataSource dataSource() {
		DataSource dataSource = this.options.dataSource();
		if (dataSource == null) {
			throw new MigrateException("No DataSource is configured; only offline SQL can be rendered");
		}
		return dataSource;
	}

	Dialect dialect() {
		if (this.dialect == null) {
			this.dialect = Dialects.detect(dataSource());
		}
		return this.dialect;
	}

	/**
	 * Run work on a new connection; the first connection also detects the dialect when
	 * none is configured, so that detection opens no connection of its own.
	 */
	<T> T withConnection(JdbcWork<T> work) {
		try (Connection connection = dataSource().getConnection()) {
			if (this.dialect == null) {
				this.dialect = Dialects.detect(connection);
			}
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new MigrateException("Database error: " + ex.getMessage(), ex);
		}
	}

	VersionStore store() {
		VersionStore store = this.store;
		if (store == null) {
			Dialect dialect = dialect();
			store = new VersionStore(new VersionTable(dialect, versionTableName()),
					new HistoryTable(dialect, new TableName(this.options.schema(), this.options.historyTable())));
			this.store = store;
		}
		return store;
	}

	ScriptApplier applier() {
		ScriptApplier applier = this.applier;
		if (applier == null) {
			applier = new ScriptApplier(dialect(), this.options.classLoader(), ownTables());
			this.applier = applier;
		}
		return applier;
	}

	/**
	 * The names of migrate's own tables: the version and history tables, and the lock
	 * table of a database without advisory locks.
	 */
	List<String> ownTables() {
		List<String> tables = new ArrayList<>(List.of(this.options.versionTable(), this.options.historyTable()));
		tables.addAll(dialect().lock().tables());
		return tables;
	}

	/**
	 * The name of the migration lock: one per version table.
	 */
	String lockName() {
		return "migrate:" + versionTableName().qualified();
	}

	private TableName versionTableName() {
		return new TableName(this.options.schema(), this.options.versionTable());
	}

	/**
	 * Work on a connection.
	 *
	 * @param <T> the type of the result
	 */
	@FunctionalInterface
	interface JdbcWork<T> {

		T run(Connection connection) throws SQLException;

	}

}
