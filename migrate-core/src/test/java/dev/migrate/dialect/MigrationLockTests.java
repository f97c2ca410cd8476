package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.dialect.MigrationLock.HeldLock;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for each dialect's {@link MigrationLock} on a real database.
 */
@WithTestDatabases
class MigrationLockTests {

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void secondSessionTimesOutWhileTheFirstHoldsTheLockAndSaysOnceThatItWaits(DatabaseKind kind,
			TestDatabases databases) throws Exception {
		TestDatabase database = databases.get(kind);
		MigrationLock lock = Dialects.detect(database.dataSource()).lock();
		List<String> waits = new ArrayList<>();
		try (Connection first = database.openConnection();
				Connection second = database.openConnection();
				HeldLock held = lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5), waits::add)) {
			assertThat(waits).isEmpty();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock.acquire(second, "migrate:migrate_version", Duration.ofMillis(300), waits::add))
				.withMessageContaining("waiting for the migration lock 'migrate:migrate_version'")
				.withMessageContaining("migrate.lock-timeout");
			assertThat(waits).singleElement().asString().contains(switch (kind) {
				case POSTGRESQL -> "PostgreSQL backend pid " + pid(first);
				case MARIADB -> "MariaDB connection id " + connectionId(first);
				case H2 -> "another session";
			});
			lock.acquire(second, "migrate:other_version", Duration.ofSeconds(1), waits::add).close();
			assertThat(waits).hasSize(1);
		}
	}

	private static long pid(Connection connection) throws SQLException {
		return queryLong(connection, "SELECT pg_backend_pid()");
	}

	private static long connectionId(Connection connection) throws SQLException {
		return queryLong(connection, "SELECT CONNECTION_ID()");
	}

	private static long queryLong(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void holderIsDescribedWhileTheLockIsTaken(DatabaseKind kind, TestDatabases databases) throws Exception {
		TestDatabase database = databases.get(kind);
		MigrationLock lock = Dialects.detect(database.dataSource()).lock();
		try (Connection first = database.openConnection(); Connection second = database.openConnection()) {
			assertThat(lock.holder(second, "migrate:migrate_version")).isEmpty();
			try (HeldLock held = lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5), (holder) -> {
			})) {
				assertThat(lock.holder(second, "migrate:migrate_version")).get()
					.asString()
					.containsAnyOf("PostgreSQL backend pid", "MariaDB connection id");
			}
			assertThat(lock.holder(second, "migrate:migrate_version")).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void closingTheConnectionReleasesTheLock(DatabaseKind kind, TestDatabases databases) throws Exception {
		TestDatabase database = databases.get(kind);
		MigrationLock lock = Dialects.detect(database.dataSource()).lock();
		Connection first = database.openConnection();
		lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5), (holder) -> {
		});
		first.close();
		try (Connection second = database.openConnection()) {
			lock.acquire(second, "migrate:migrate_version", Duration.ofSeconds(2), (holder) -> {
			}).close();
		}
	}

}
