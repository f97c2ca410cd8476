package dev.migrate.autogenerate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.OperationsContext;
import dev.migrate.schema.InspectedSchemas;
import dev.migrate.schema.RenameHint;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The desired schema of a {@link SchemaDefinition}: each operation it makes is rendered
 * for the dialect and executed in the shadow database.
 */
public final class SchemaDefinitionSource implements ModelSource {

	private final SchemaDefinition definition;

	private final String name;

	/**
	 * Create a source for a schema definition.
	 * @param definition the definition
	 * @param name what it is, for messages, such as {@code bean 'schema'}
	 */
	public SchemaDefinitionSource(SchemaDefinition definition, String name) {
		this.definition = definition;
		this.name = name;
	}

	@Override
	public void create(ShadowDatabase shadow, Dialect dialect) {
		try (Connection connection = shadow.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			this.definition
				.define(new Operations((operation) -> execute(operation, statement, dialect), new OperationsContext() {

					@Override
					public boolean isOffline() {
						return false;
					}

					@Override
					public String dialectName() {
						return dialect.name();
					}

					@Override
					public JdbcClient jdbc() {
						return jdbc;
					}

					@Override
					public InspectedSchema inspect(@Nullable String schema) {
						return InspectedSchemas.inspect(dialect, connection, schema, List.of());
					}

				}));
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot connect to the shadow database " + shadow.name() + ": " + ex.getMessage(), ex);
		}
	}

	private void execute(Operation operation, Statement statement, Dialect dialect) {
		for (String sql : dialect.render(operation)) {
			try {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new MigrateException("The " + describe() + " makes a " + operation.getClass().getSimpleName()
						+ " that fails on " + dialect.name() + ": " + ex.getMessage() + "\nSQL: " + sql, ex);
			}
		}
	}

	@Override
	public List<RenameHint> renameHints() {
		return this.definition.renames();
	}

	@Override
	public String howToDeclare(RenameHint rename) {
		String hint = rename.isColumn()
				? "RenameHint.column(\"" + rename.table() + "\", \"" + rename.from() + "\", \"" + rename.to() + "\")"
				: "RenameHint.table(\"" + rename.from() + "\", \"" + rename.to() + "\")";
		return "return " + hint + " from renames() of the " + describe();
	}

	@Override
	public String describe() {
		return "schema definition " + this.name;
	}

}
