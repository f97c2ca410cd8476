package dev.migrate.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link DatabaseServers}.
 */
class DatabaseServersTests {

	@Test
	void failsWithInstructionsWhenNoServerAnswersAndNoDocker() {
		ServerSettings unreachable = UnusedPort.unreachable(DatabaseKind.POSTGRESQL);
		DatabaseServers servers = new DatabaseServers((kind) -> unreachable, ContainerServers.none());
		long start = System.nanoTime();
		assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL))
			.withMessageStartingWith("No PostgreSQL server for the tests: none answers at PostgreSQL at "
					+ unreachable.url() + " as postgres (")
			.withMessageContaining("no Docker engine is available to Testcontainers")
			.withMessageContaining("a PostgreSQL server on the default address: "
					+ "jdbc:postgresql://127.0.0.1:5432/postgres, user 'postgres', no password")
			.withMessageContaining("MIGRATE_TEST_POSTGRES_URL")
			.withMessageContaining("MIGRATE_TEST_POSTGRES_USER and MIGRATE_TEST_POSTGRES_PASSWORD")
			.withMessageContaining("a Docker engine, so that Testcontainers can start a PostgreSQL container");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void failureMessageNamesTheMariaDbVariables() {
		ServerSettings unreachable = UnusedPort.unreachable(DatabaseKind.MARIADB);
		DatabaseServers servers = new DatabaseServers((kind) -> unreachable, ContainerServers.none());
		assertThatIllegalStateException().isThrownBy(() -> servers.createDatabase(DatabaseKind.MARIADB))
			.withMessageStartingWith("No MariaDB server for the tests")
			.withMessageContaining("127.0.0.1:3306/, user 'root', no password")
			.withMessageContaining("MIGRATE_TEST_MARIADB_URL");
	}

	@Test
	void probesOncePerKind() {
		AtomicInteger lookups = new AtomicInteger();
		ServerSettings unreachable = UnusedPort.unreachable(DatabaseKind.POSTGRESQL);
		DatabaseServers servers = new DatabaseServers((kind) -> {
			lookups.incrementAndGet();
			return unreachable;
		}, ContainerServers.none());
		for (int i = 0; i < 3; i++) {
			assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.POSTGRESQL));
		}
		assertThat(lookups).hasValue(1);
	}

	@Test
	void startsContainerWhenNoServerAnswers() {
		ServerSettings running = ServerSettings.fromEnvironment(DatabaseKind.POSTGRESQL);
		DatabaseServers servers = new DatabaseServers(UnusedPort::unreachable, new FixedContainerServers(running));
		assertThat(servers.server(DatabaseKind.POSTGRESQL)).isEqualTo(new DatabaseServer(running, "container"));
	}

	@Test
	void prefersRunningServerToContainer() {
		DatabaseServers servers = new DatabaseServers(ServerSettings::fromEnvironment,
				new FixedContainerServers(UnusedPort.unreachable(DatabaseKind.MARIADB)));
		assertThat(servers.server(DatabaseKind.MARIADB).origin()).isEqualTo("running server");
	}

	@Test
	void reportsContainerThatFailsToStart() {
		DatabaseServers servers = new DatabaseServers(UnusedPort::unreachable, new ContainerServers() {

			@Override
			public boolean isAvailable() {
				return true;
			}

			@Override
			public ServerSettings start(DatabaseKind kind) {
				throw new IllegalStateException("image not found");
			}

		});
		assertThatIllegalStateException().isThrownBy(() -> servers.server(DatabaseKind.MARIADB))
			.withMessageContaining("starting a container with Testcontainers failed (image not found)");
	}

	@ParameterizedTest
	@EnumSource(names = { "POSTGRESQL", "MARIADB" })
	void createsAndDropsDatabase(DatabaseKind kind) throws SQLException {
		DatabaseServer server = DatabaseServers.shared().server(kind);
		TestDatabase database = server.createDatabase();
		assertThat(database.name()).matches("migrate_test_[0-9a-f]{12}");
		assertThat(server.exists(database.name())).isTrue();
		try (Connection connection = database.openConnection();
				ResultSet result = connection.createStatement().executeQuery(currentDatabaseQuery(kind))) {
			result.next();
			assertThat(result.getString(1)).isEqualTo(database.name());
		}
		database.close();
		assertThat(server.exists(database.name())).isFalse();
		assertThatNoException().isThrownBy(database::close);
	}

	@Test
	void dropsPostgresqlDatabaseThatIsStillInUse() throws SQLException {
		DatabaseServer server = DatabaseServers.shared().server(DatabaseKind.POSTGRESQL);
		TestDatabase database = server.createDatabase();
		try (Connection connection = database.openConnection()) {
			database.close();
			assertThat(server.exists(database.name())).isFalse();
		}
	}

	@Test
	void createsH2DatabaseWithoutServer() {
		DatabaseServers servers = new DatabaseServers(UnusedPort::unreachable, ContainerServers.none());
		try (TestDatabase database = servers.createDatabase(DatabaseKind.H2)) {
			assertThat(database.kind()).isEqualTo(DatabaseKind.H2);
		}
	}

	static String currentDatabaseQuery(DatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> "SELECT current_database()";
			case MARIADB -> "SELECT DATABASE()";
			case H2 -> "SELECT DATABASE()";
		};
	}

	private record FixedContainerServers(ServerSettings settings) implements ContainerServers {

		@Override
		public boolean isAvailable() {
			return true;
		}

		@Override
		public ServerSettings start(DatabaseKind kind) {
			return this.settings;
		}

	}

}
