package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.ops.Operation;

/**
 * Proves a {@link SchemaDiff} before it is written: applies the upgrade to a database
 * that holds the current schema, inspects it and compares it with the desired schema,
 * then applies the downgrade and compares the result with the current schema. Both
 * comparisons use the differ, so what it cannot tell apart (column order, names the
 * database generated) is no residue. Run it on a throwaway database: it changes it.
 */
public final class MigrationVerifier {

	private final Dialect dialect;

	private final SchemaInspector inspector;

	private final SchemaDiffer differ;

	private final Set<String> excludedTables;

	/**
	 * Create a verifier for databases of one dialect.
	 * @param dialect the dialect
	 * @param inspector the inspector that read both schemas
	 * @param excludedTables the tables the inspection leaves out, such as migrate's own
	 */
	public MigrationVerifier(Dialect dialect, SchemaInspector inspector, Collection<String> excludedTables) {
		this.dialect = dialect;
		this.inspector = inspector;
		this.differ = new SchemaDiffer(dialect);
		this.excludedTables = Set.copyOf(excludedTables);
	}

	/**
	 * Apply the upgrade and then the downgrade of a diff, checking the schema after each.
	 * @param connection a connection to the database that holds {@code current}
	 * @param schema the schema to inspect, or {@code null} for the connection's own
	 * @param current the schema the database holds, as inspected
	 * @param desired the schema the upgrade should produce
	 * @param diff the diff from {@code current} to {@code desired}
	 * @return what is left over in each direction
	 * @throws MigrateException when an operation fails, naming it and its SQL
	 */
	public Verification verify(Connection connection, @Nullable String schema, SchemaModel current, SchemaModel desired,
			SchemaDiff diff) {
		apply(connection, diff.upgrade(), "upgrade");
		SchemaModel upgraded = inspect(connection, schema);
		apply(connection, diff.downgrade(), "downgrade");
		SchemaModel downgraded = inspect(connection, schema);
		return new Verification(upgraded, downgraded, residue(this.differ.diff(upgraded, desired)),
				residue(this.differ.diff(downgraded, current)));
	}

	/**
	 * Create a schema in an empty database, as a copy to verify a diff from that schema
	 * on.
	 * @param connection a connection to the database
	 * @param schema the schema to create
	 * @throws MigrateException when an operation fails, naming it and its SQL
	 */
	public void build(Connection connection, SchemaModel schema) {
		apply(connection, this.differ.diff(SchemaModel.of(List.of(), List.of(), List.of()), schema).upgrade(),
				"copy of the current schema");
	}

	private SchemaModel inspect(Connection connection, @Nullable String schema) {
		return this.inspector.inspect(connection, schema, this.excludedTables);
	}

	private void apply(Connection connection, List<Operation> operations, String direction) {
		for (Operation operation : operations) {
			for (String sql : this.dialect.render(operation)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					throw new MigrateException(
							"The generated " + direction + " fails on " + this.dialect.name() + " at a "
									+ operation.getClass().getSimpleName() + ": " + ex.getMessage() + "\nSQL: " + sql,
							ex);
				}
			}
		}
	}

	private static List<String> residue(SchemaDiff diff) {
		return Stream.concat(diff.changes().stream().map(SchemaChange::description), diff.unsupported().stream())
			.toList();
	}

	/**
	 * What a verification left over: each line a difference between the schema the
	 * operations produced and the one they should have.
	 *
	 * @param upgraded the schema after the upgrade
	 * @param downgraded the schema after the downgrade that followed
	 * @param upgradeResidue what differs from the desired schema after the upgrade
	 * @param downgradeResidue what differs from the current schema after the downgrade
	 */
	public record Verification(SchemaModel upgraded, SchemaModel downgraded, List<String> upgradeResidue,
			List<String> downgradeResidue) {

		public Verification {
			upgradeResidue = List.copyOf(upgradeResidue);
			downgradeResidue = List.copyOf(downgradeResidue);
		}

		/**
		 * Whether both directions gave exactly the schema they should.
		 * @return {@code true} without residue
		 */
		public boolean isClean() {
			return this.upgradeResidue.isEmpty() && this.downgradeResidue.isEmpty();
		}

	}

}
