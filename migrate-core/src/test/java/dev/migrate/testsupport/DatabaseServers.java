package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Finds the database server of each kind that tests create their databases on, once per
 * instance: a server that answers at the configured address first, else a container
 * started by {@link ContainerServers}, else a failure that says how to provide one.
 * {@link #shared()} is the instance the whole JVM uses.
 *
 * @since 0.1.0
 */
public final class DatabaseServers {

	/**
	 * How long probing a configured server may take.
	 */
	public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	private static final DatabaseServers shared = new DatabaseServers(ServerSettings::fromEnvironment,
			ContainerServers.testcontainers());

	private final Function<DatabaseKind, ServerSettings> settings;

	private final ContainerServers containers;

	private final Map<DatabaseKind, Located> located = new EnumMap<>(DatabaseKind.class);

	/**
	 * Create a new {@link DatabaseServers} instance.
	 * @param settings the settings of the server to try first, by kind
	 * @param containers what starts a server when none answers
	 */
	public DatabaseServers(Function<DatabaseKind, ServerSettings> settings, ContainerServers containers) {
		Assert.notNull(settings, "'settings' must not be null");
		Assert.notNull(containers, "'containers' must not be null");
		this.settings = settings;
		this.containers = containers;
	}

	/**
	 * Return the instance shared by the JVM: servers configured by
	 * {@link ServerSettings#fromEnvironment(DatabaseKind) environment variables}, then
	 * Testcontainers.
	 * @return the shared instance
	 */
	public static DatabaseServers shared() {
		return shared;
	}

	/**
	 * Create a new database of the given kind: in memory for H2, otherwise on the
	 * {@link #server(DatabaseKind) server} of that kind.
	 * @param kind the kind of database
	 * @return the database, dropped when closed
	 * @throws IllegalStateException if no server of that kind can be found
	 */
	public TestDatabase createDatabase(DatabaseKind kind) {
		return (kind.isServer()) ? server(kind).createDatabase() : TestDatabase.h2();
	}

	/**
	 * Return the server of the given kind, looking for it on first use only.
	 * @param kind the kind of server
	 * @return the server
	 * @throws IllegalStateException if no server of that kind can be found, with a
	 * message that says how to provide one
	 */
	public synchronized DatabaseServer server(DatabaseKind kind) {
		Assert.isTrue(kind.isServer(), () -> kind + " needs no server");
		return this.located.computeIfAbsent(kind, this::locate).server();
	}

	private Located locate(DatabaseKind kind) {
		ServerSettings configured = this.settings.apply(kind);
		String problem = probe(configured);
		if (problem == null) {
			return new Located(new DatabaseServer(configured, "running server"), null);
		}
		if (this.containers.isAvailable()) {
			try {
				return new Located(new DatabaseServer(this.containers.start(kind), "container"), null);
			}
			catch (RuntimeException ex) {
				return new Located(null, noServerMessage(configured, problem,
						"starting a container with Testcontainers failed (" + ex.getMessage() + ")"));
			}
		}
		return new Located(null,
				noServerMessage(configured, problem, "no Docker engine is available to Testcontainers"));
	}

	private static @Nullable String probe(ServerSettings settings) {
		try (Connection connection = DatabaseServer.connect(settings, PROBE_TIMEOUT)) {
			return connection.isValid((int) PROBE_TIMEOUT.toSeconds()) ? null : "the connection is not valid";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	private static String noServerMessage(ServerSettings configured, String problem, String containerProblem) {
		DatabaseKind kind = configured.kind();
		ServerSettings defaults = ServerSettings.defaults(kind);
		String prefix = ServerSettings.environmentPrefix(kind);
		return """
				No %1$s server for the tests: none answers at %2$s (%3$s), and %4$s. Provide one of:
				 - a %1$s server on the default address: %5$s, user '%6$s', no password \
				(.ci/run starts an installed one that is stopped);
				 - the address of a server that may create databases, in the environment variables \
				%7$sURL (a JDBC URL of its administrative database), %7$sUSER and %7$sPASSWORD;
				 - a Docker engine, so that Testcontainers can start a %1$s container.""".formatted(kind, configured,
				problem, containerProblem, defaults.url(), defaults.username(), prefix);
	}

	private record Located(@Nullable DatabaseServer found, @Nullable String failure) {

		DatabaseServer server() {
			if (this.found == null) {
				throw new IllegalStateException(this.failure);
			}
			return this.found;
		}

	}

}
