package dev.migrate.testsupport;

import java.util.EnumMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.util.ClassUtils;

/**
 * {@link ContainerServers} backed by Testcontainers. Containers are started on first use,
 * shared by the JVM and removed by Testcontainers when the JVM exits. Testcontainers
 * classes are only touched once they are known to be present.
 */
final class TestcontainersServers implements ContainerServers {

	static final TestcontainersServers INSTANCE = new TestcontainersServers();

	private static final String POSTGRESQL_IMAGE = "postgres:15-alpine";

	private static final String MARIADB_IMAGE = "mariadb:10.11";

	private final Map<DatabaseKind, ServerSettings> started = new EnumMap<>(DatabaseKind.class);

	private TestcontainersServers() {
	}

	@Override
	public boolean isAvailable() {
		return ClassUtils.isPresent("org.testcontainers.DockerClientFactory", getClass().getClassLoader())
				&& Docker.isAvailable();
	}

	@Override
	public synchronized ServerSettings start(DatabaseKind kind) {
		return this.started.computeIfAbsent(kind, Docker::start);
	}

	/**
	 * The Testcontainers calls, kept apart so that they load only when needed.
	 */
	private static final class Docker {

		static boolean isAvailable() {
			return DockerClientFactory.instance().isDockerAvailable();
		}

		static ServerSettings start(DatabaseKind kind) {
			JdbcDatabaseContainer<?> container = switch (kind) {
				case POSTGRESQL -> new PostgreSQLContainer(POSTGRESQL_IMAGE);
				case MARIADB -> new MariaDBContainer(MARIADB_IMAGE).withUsername("root");
				case H2 -> throw new IllegalArgumentException("H2 needs no server");
			};
			container.start();
			return new ServerSettings(kind, container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}

	}

}
