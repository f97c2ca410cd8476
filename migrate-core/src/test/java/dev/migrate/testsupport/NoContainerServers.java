package dev.migrate.testsupport;

/**
 * {@link ContainerServers} that never starts anything.
 */
final class NoContainerServers implements ContainerServers {

	static final NoContainerServers INSTANCE = new NoContainerServers();

	private NoContainerServers() {
	}

	@Override
	public boolean isAvailable() {
		return false;
	}

	@Override
	public ServerSettings start(DatabaseKind kind) {
		throw new IllegalStateException("No container engine is available");
	}

}
