package dev.migrate.runtime;

import java.sql.Connection;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.OperationsContext;
import dev.migrate.schema.InspectedSchemas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.jspecify.annotations.Nullable;

/**
 * What a migration can ask about the run it is part of.
 */
final class RuntimeOperationsContext implements OperationsContext {

	private final Dialect dialect;

	private final @Nullable Connection connection;

	private final List<String> ownTables;

	/**
	 * Create the context of one migration.
	 * @param dialect the dialect of the database
	 * @param connection the migration's connection online, {@code null} offline
	 * @param ownTables migrate's own tables, which inspection leaves out
	 */
	RuntimeOperationsContext(Dialect dialect, @Nullable Connection connection, List<String> ownTables) {
		this.dialect = dialect;
		this.connection = connection;
		this.ownTables = List.copyOf(ownTables);
	}

	@Override
	public boolean isOffline() {
		return this.connection == null;
	}

	@Override
	public String dialectName() {
		return this.dialect.name();
	}

	@Override
	public JdbcClient jdbc() {
		return JdbcClient.create(new SingleConnectionDataSource(connection(), true));
	}

	@Override
	public InspectedSchema inspect(@Nullable String schema) {
		return InspectedSchemas.inspect(this.dialect, connection(), schema, this.ownTables);
	}

	private Connection connection() {
		Assert.state(this.connection != null, "Offline runs have no connection");
		return this.connection;
	}

}
