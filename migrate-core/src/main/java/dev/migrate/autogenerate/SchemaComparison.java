package dev.migrate.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.runtime.Migrator;
import dev.migrate.schema.MigrationVerifier;
import dev.migrate.schema.MigrationVerifier.Verification;
import dev.migrate.schema.RenameHint;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspector;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;

import org.jspecify.annotations.Nullable;

/**
 * Compares the schema of a model source with the schema the revisions build, or with the
 * database to migrate. The source creates its schema in one shadow database, the
 * revisions are upgraded to the heads in another (or the database's schema is copied
 * there), and all are read by the dialect's inspector, leaving out migrate's own tables.
 * The shadow databases are dropped before the comparison returns, also when it fails.
 */
public final class SchemaComparison {

	private final Migrator migrator;

	private final ModelSource source;

	private final ShadowDatabases shadows;

	private final Dialect dialect;

	private final SchemaInspector inspector;

	/**
	 * Create a comparison.
	 * @param migrator the migrator whose revisions build the current schema
	 * @param source the desired schema
	 * @param shadows where the shadow databases are created
	 * @param dialect the dialect of the shadow databases' server
	 */
	public SchemaComparison(Migrator migrator, ModelSource source, ShadowDatabases shadows, Dialect dialect) {
		this(migrator, source, shadows, dialect, List.of());
	}

	/**
	 * Create a comparison of the connection's schema and others.
	 * @param migrator the migrator whose revisions build the current schema
	 * @param source the desired schema
	 * @param shadows where the shadow databases are created
	 * @param dialect the dialect of the shadow databases' server
	 * @param otherSchemas the schemas compared besides the connection's, whose objects
	 * are named {@code schema.name}; none on MariaDB
	 * @throws MigrateException when other schemas are listed for MariaDB
	 */
	public SchemaComparison(Migrator migrator, ModelSource source, ShadowDatabases shadows, Dialect dialect,
			List<String> otherSchemas) {
		this.migrator = migrator;
		this.source = source;
		this.shadows = shadows;
		this.dialect = dialect;
		this.inspector = SchemaInspectors.forDialect(dialect, otherSchemas);
	}

	/**
	 * Compare the model with the schema the revisions build.
	 * @param verify whether to prove a non-empty difference by applying its upgrade and
	 * downgrade to a shadow database that holds the current schema ({@code db migrate});
	 * when not, the model source validates the current schema as the application would
	 * ({@code db check})
	 * @return the schemas, their difference and, when asked for, the verification
	 * @throws MigrateException when a schema cannot be built or read
	 */
	public Result compare(boolean verify) {
		return compare(verify, Against.REVISIONS);
	}

	/**
	 * Compare the model with the current schema.
	 * @param verify whether to prove a non-empty difference by applying its upgrade and
	 * downgrade to a shadow database that holds the current schema
	 * @param against the schema the revisions build, or the database to migrate
	 * @return the schemas, their difference and, when asked for, the verification
	 * @throws MigrateException when a schema cannot be built or read, or, against the
	 * database, when the database is not at the heads
	 */
	public Result compare(boolean verify, Against against) {
		if (against == Against.DATABASE) {
			requireAtHeads();
		}
		SchemaModel desired;
		try (ShadowDatabase shadow = this.shadows.create()) {
			this.source.create(shadow, this.dialect);
			desired = inspect(shadow.dataSource(), shadow.name());
		}
		List<RenameHint> hints = this.source.renameHints();
		try (ShadowDatabase shadow = this.shadows.create()) {
			SchemaModel current;
			if (against == Against.DATABASE) {
				current = inspect(this.migrator.dataSource(), "to migrate");
				withConnection(shadow.dataSource(), shadow.name(), (connection) -> {
					verifier().build(connection, current);
					return null;
				});
			}
			else {
				this.migrator.withDataSource(shadow.dataSource()).upgrade("heads");
				current = inspect(shadow.dataSource(), shadow.name());
			}
			SchemaDiff diff = new SchemaDiffer(this.dialect).withSafeForms().diff(current, desired, hints);
			List<String> problems = verify ? List.of() : this.source.validate(shadow, this.dialect);
			Verification verification = (verify && !diff.isEmpty()) ? withConnection(shadow.dataSource(), shadow.name(),
					(connection) -> verifier().verify(connection, null, current, desired, diff)) : null;
			return new Result(current, desired, diff, verification, problems,
					RowsAtRisk.count(this.migrator.dataSource(), this.dialect, diff));
		}
	}

	/**
	 * Alembic's rule for a comparison with the database: it must hold every revision, or
	 * the difference would capture changes that revisions already make.
	 */
	private void requireAtHeads() {
		List<Revision> missing = this.migrator.pendingRevisions();
		if (!missing.isEmpty()) {
			throw new MigrateException("Target database is not up to date. It lacks revision(s) "
					+ missing.stream().map(Revision::id).collect(Collectors.joining(", "))
					+ "; run 'db upgrade' first, or compare with the revisions (without --against database)");
		}
	}

	private MigrationVerifier verifier() {
		return new MigrationVerifier(this.dialect, this.inspector, excluded());
	}

	/**
	 * How to declare a rename in the model source.
	 * @param rename the rename
	 * @return the exact hint to add, and where
	 */
	public String howToDeclare(RenameHint rename) {
		return this.source.howToDeclare(rename);
	}

	/**
	 * The model source's warnings about a change, for the generated revision.
	 * @param change a change of the difference
	 * @return the warnings, each one line
	 */
	public List<String> warnings(SchemaChange change) {
		return this.source.warnings(change);
	}

	/**
	 * What the model source is, for messages.
	 * @return a few words
	 */
	public String describeSource() {
		return this.source.describe();
	}

	/**
	 * The dialect of the databases compared.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.dialect;
	}

	private List<String> excluded() {
		return this.migrator.ownTables();
	}

	private SchemaModel inspect(DataSource dataSource, String name) {
		return withConnection(dataSource, name, (connection) -> this.inspector.inspect(connection, null, excluded()));
	}

	private static <T> T withConnection(DataSource dataSource, String name, ConnectionWork<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new MigrateException("Cannot connect to the database " + name + ": " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface ConnectionWork<T> {

		T run(Connection connection) throws SQLException;

	}

	/**
	 * The outcome of a comparison.
	 *
	 * @param current the schema the revisions build
	 * @param desired the schema of the model source
	 * @param diff what turns the current schema into the desired one
	 * @param verification what applying the diff left over, when it was verified
	 * @param applicationProblems what the application would find wrong in the schema the
	 * revisions build, when the comparison did not verify
	 * @param rowsAtRisk for each change that requires values in existing rows, the rows
	 * of the database to migrate that have none, where it could count them
	 */
	public record Result(SchemaModel current, SchemaModel desired, SchemaDiff diff, @Nullable Verification verification,
			List<String> applicationProblems, Map<SchemaChange, Long> rowsAtRisk) {

		public Result {
			applicationProblems = List.copyOf(applicationProblems);
			rowsAtRisk = Map.copyOf(rowsAtRisk);
		}

	}

}
