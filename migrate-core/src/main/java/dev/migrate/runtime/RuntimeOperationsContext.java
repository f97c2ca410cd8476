package dev.migrate.runtime;

import java.sql.Connection;

import dev.migrate.ops.OperationsContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.jspecify.annotations.Nullable;

/**
 * What a migration can ask about the run it is part of.
 */
final class RuntimeOperationsContext implements OperationsContext {

	private final String dialectName;

	private final @Nullable Connection connection;

	RuntimeOperationsContext(String dialectName, @Nullable Connection connection) {
		this.dialectName = dialectName;
		this.connection = connection;
	}

	@Override
	public boolean isOffline() {
		return this.connection == null;
	}

	@Override
	public String dialectName() {
		return this.dialectName;
	}

	@Override
	public JdbcClient jdbc() {
		Assert.state(this.connection != null, "Offline runs have no connection");
		return JdbcClient.create(new SingleConnectionDataSource(this.connection, true));
	}

}
