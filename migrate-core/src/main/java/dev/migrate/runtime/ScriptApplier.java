package dev.migrate.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Direction;
import dev.migrate.ops.OfflineModeException;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.Migration;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.SqlMigrationScript;
import dev.migrate.script.SqlStatement;

import org.jspecify.annotations.Nullable;

/**
 * Runs one script in one direction, handing each statement on as it comes.
 */
final class ScriptApplier {

	private final Dialect dialect;

	private final ClassLoader classLoader;

	private final List<String> ownTables;

	private final Map<RecordingKey, Recording> recordings = new ConcurrentHashMap<>();

	/**
	 * Create an applier.
	 * @param dialect the dialect of the database
	 * @param classLoader the class loader of the Java migrations
	 * @param ownTables migrate's own tables, which {@code op.inspect()} leaves out
	 */
	ScriptApplier(Dialect dialect, ClassLoader classLoader, List<String> ownTables) {
		this.dialect = dialect;
		this.classLoader = classLoader;
		this.ownTables = List.copyOf(ownTables);
	}

	/**
	 * Apply a script.
	 * @param script the script
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 * @param statements where its statements go, one at a time
	 * @param connection the migration's connection online, {@code null} offline
	 */
	void apply(MigrationScript script, Direction direction, Consumer<String> statements,
			@Nullable Connection connection) {
		if (script instanceof SqlMigrationScript sql) {
			applySql(sql, direction, statements);
		}
		else {
			applyJava((JavaMigrationScript) script, direction, statements, connection);
		}
	}

	/**
	 * Split a SQL script's statements for a direction, so that a section that cannot be
	 * split stops a run before its first step rather than in the middle.
	 * @param script the script
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 * @throws dev.migrate.script.ScriptException if the section cannot be split
	 */
	void split(MigrationScript script, Direction direction) {
		if (script instanceof SqlMigrationScript sql) {
			if (direction == Direction.UPGRADE) {
				sql.upgrade();
			}
			else {
				sql.downgrade();
			}
		}
	}

	/**
	 * Return the operations a Java migration makes in one direction, as it would offline.
	 * @param script the script
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 * @return the operations, in order
	 * @throws OfflineModeException when the migration reads the database through
	 * {@code op.jdbc()} or {@code op.inspect()}
	 */
	List<Operation> operations(JavaMigrationScript script, Direction direction) {
		Recording recording = recording(script, direction);
		if (recording.stoppedBy() != null) {
			throw recording.stoppedBy();
		}
		return recording.operations();
	}

	/**
	 * Record a Java migration's operations once per direction: its checksum, the choice
	 * of a transaction and the lint all read the same recording.
	 */
	private Recording recording(JavaMigrationScript script, Direction direction) {
		return this.recordings.computeIfAbsent(new RecordingKey(script, direction), (key) -> {
			List<Operation> operations = new ArrayList<>();
			try {
				run(script.instantiate(this.classLoader), direction, new Operations(operations::add,
						new RuntimeOperationsContext(this.dialect, null, this.ownTables)));
				return new Recording(List.copyOf(operations), null);
			}
			catch (OfflineModeException ex) {
				return new Recording(List.copyOf(operations), ex);
			}
		});
	}

	/**
	 * Whether a Java migration makes, in one direction, an operation that the dialect
	 * runs outside a transaction (such as adding a value to a PostgreSQL enum type),
	 * among the operations known before it reads data. A SQL script says so with
	 * {@code transactional: false}.
	 * @param script the script
	 * @param direction the direction
	 * @return {@code true} when the script must run outside a transaction
	 */
	boolean runsOutsideTransaction(MigrationScript script, Direction direction) {
		return script instanceof JavaMigrationScript java
				&& knownOperations(java, direction).stream().anyMatch(this.dialect::runsOutsideTransaction);
	}

	/**
	 * Return the operations a Java migration makes in one direction as far as they are
	 * known without a database: up to its first read through {@code op.jdbc()} or
	 * {@code op.inspect()}.
	 * @param script the script
	 * @param direction {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
	 * @return the operations, in order
	 */
	List<Operation> knownOperations(JavaMigrationScript script, Direction direction) {
		return recording(script, direction).operations();
	}

	private void applySql(SqlMigrationScript script, Direction direction, Consumer<String> sink) {
		List<SqlStatement> statements = (direction == Direction.UPGRADE) ? script.upgrade() : script.downgrade();
		if (statements == null) {
			List<String> parents = script.revision().parents();
			throw new MigrateException("Revision " + script.revision().id() + " (" + script.revision().source()
					+ ") has no '-- downgrade' section, so it cannot be downgraded; add one, or undo it by hand and"
					+ " run 'db stamp " + (parents.isEmpty() ? "base" : String.join(" ", parents)) + "'");
		}
		for (SqlStatement statement : statements) {
			try {
				sink.accept(statement.sql());
			}
			catch (StatementFailedException ex) {
				throw ex.at("line " + statement.line() + " of " + script.revision().source());
			}
		}
	}

	private void applyJava(JavaMigrationScript script, Direction direction, Consumer<String> sink,
			@Nullable Connection connection) {
		Operations op = OperationRendering.operations(this.dialect, sink, connection, this.ownTables);
		try {
			run(script.instantiate(this.classLoader), direction, op);
		}
		catch (OfflineModeException ex) {
			throw new OfflineModeException(ex.call(),
					"Revision " + script.revision().id() + " (" + script.className() + "): " + ex.getMessage());
		}
	}

	private static void run(Migration migration, Direction direction, Operations op) {
		if (direction == Direction.UPGRADE) {
			migration.upgrade(op);
		}
		else {
			migration.downgrade(op);
		}
	}

	private record RecordingKey(JavaMigrationScript script, Direction direction) {

	}

	/**
	 * The operations of one direction, up to the read through {@code op.jdbc()} that
	 * stopped the recording, if one did.
	 */
	private record Recording(List<Operation> operations, @Nullable OfflineModeException stoppedBy) {

	}

}
