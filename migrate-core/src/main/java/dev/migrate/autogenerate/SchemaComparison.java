package dev.migrate.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.runtime.Migrator;
import dev.migrate.schema.MigrationVerifier;
import dev.migrate.schema.MigrationVerifier.Verification;
import dev.migrate.schema.SchemaChange;
import dev.migrate.schema.SchemaDiff;
import dev.migrate.schema.SchemaDiffer;
import dev.migrate.schema.SchemaInspector;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;

import org.jspecify.annotations.Nullable;

/**
 * Compares the schema of a model source with the schema the revisions build. The source
 * creates its schema in one shadow database, the revisions are upgraded to the heads in
 * another, and both are read by the dialect's inspector, leaving out migrate's own
 * tables. Both shadow databases are dropped before the comparison returns, also when it
 * fails.
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
		this.migrator = migrator;
		this.source = source;
		this.shadows = shadows;
		this.dialect = dialect;
		this.inspector = SchemaInspectors.forDialect(dialect);
	}

	/**
	 * Compare the schemas.
	 * @param verify whether to prove a non-empty difference by applying its upgrade and
	 * downgrade to the shadow database the revisions built ({@code db migrate}); when
	 * not, the model source validates that database as the application would
	 * ({@code db check})
	 * @return the schemas, their difference and, when asked for, the verification
	 * @throws MigrateException when a schema cannot be built or read
	 */
	public Result compare(boolean verify) {
		SchemaModel desired;
		try (ShadowDatabase shadow = this.shadows.create()) {
			this.source.create(shadow, this.dialect);
			desired = inspect(shadow, (connection) -> this.inspector.inspect(connection, null, excluded()));
		}
		try (ShadowDatabase shadow = this.shadows.create()) {
			this.migrator.withDataSource(shadow.dataSource()).upgrade("heads");
			SchemaModel current = inspect(shadow, (connection) -> this.inspector.inspect(connection, null, excluded()));
			SchemaDiff diff = new SchemaDiffer(this.dialect).diff(current, desired, this.source.renameHints());
			List<String> problems = verify ? List.of() : this.source.validate(shadow, this.dialect);
			Verification verification = (verify && !diff.isEmpty())
					? inspect(shadow, (connection) -> new MigrationVerifier(this.dialect, this.inspector, excluded())
						.verify(connection, null, current, desired, diff))
					: null;
			return new Result(current, desired, diff, verification, problems);
		}
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

	private static <T> T inspect(ShadowDatabase shadow, ConnectionWork<T> work) {
		try (Connection connection = shadow.dataSource().getConnection()) {
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot connect to the shadow database " + shadow.name() + ": " + ex.getMessage(), ex);
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
	 */
	public record Result(SchemaModel current, SchemaModel desired, SchemaDiff diff, @Nullable Verification verification,
			List<String> applicationProblems) {

		public Result {
			applicationProblems = List.copyOf(applicationProblems);
		}

	}

}
