package dev.migrate.testsupport;

/**
 * Starts database servers in containers, when a container engine is available.
 *
 * @since 0.1.0
 * @see DatabaseServers
 */
public interface ContainerServers {

	/**
	 * Return whether servers can be started here.
	 * @return whether a container engine is available
	 */
	boolean isAvailable();

	/**
	 * Start a server, or return the one already started for the same kind.
	 * @param kind the kind of server
	 * @return the settings to reach it as a user that may create databases
	 */
	ServerSettings start(DatabaseKind kind);

	/**
	 * Return a {@link ContainerServers} that never starts anything.
	 * @return the instance
	 */
	static ContainerServers none() {
		return NoContainerServers.INSTANCE;
	}

	/**
	 * Return the {@link ContainerServers} that uses Testcontainers and a Docker engine,
	 * one container per kind for the whole JVM. Not available when Testcontainers is not
	 * on the test classpath.
	 * @return the instance
	 */
	static ContainerServers testcontainers() {
		return TestcontainersServers.INSTANCE;
	}

}
