package dev.migrate.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * The databases of one test class, one per {@link DatabaseKind}: each created on first
 * request and all dropped by {@link #close()}.
 *
 * @since 0.1.0
 * @see WithTestDatabases
 */
public final class TestDatabases implements AutoCloseable {

	private final DatabaseServers servers;

	private final Map<DatabaseKind, TestDatabase> databases = new EnumMap<>(DatabaseKind.class);

	private boolean closed;

	/**
	 * Create a new {@link TestDatabases} instance.
	 * @param servers where to create server databases
	 */
	public TestDatabases(DatabaseServers servers) {
		Assert.notNull(servers, "'servers' must not be null");
		this.servers = servers;
	}

	/**
	 * Return the database of the given kind, creating it on first request.
	 * @param kind the kind of database
	 * @return the database
	 * @throws IllegalStateException if no server of that kind can be found
	 */
	public synchronized TestDatabase get(DatabaseKind kind) {
		Assert.state(!this.closed, "The databases have been dropped");
		return this.databases.computeIfAbsent(kind, this.servers::createDatabase);
	}

	/**
	 * Return the PostgreSQL database.
	 * @return the database
	 */
	public TestDatabase postgresql() {
		return get(DatabaseKind.POSTGRESQL);
	}

	/**
	 * Return the MariaDB database.
	 * @return the database
	 */
	public TestDatabase mariadb() {
		return get(DatabaseKind.MARIADB);
	}

	/**
	 * Return the in-memory H2 database.
	 * @return the database
	 */
	public TestDatabase h2() {
		return get(DatabaseKind.H2);
	}

	/**
	 * Drop every database created so far.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		List<RuntimeException> failures = new ArrayList<>();
		for (TestDatabase database : this.databases.values()) {
			try {
				database.close();
			}
			catch (RuntimeException ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			IllegalStateException failure = new IllegalStateException("Could not drop every test database");
			failures.forEach(failure::addSuppressed);
			throw failure;
		}
	}

}
