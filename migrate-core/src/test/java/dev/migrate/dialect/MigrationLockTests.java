package dev.migrate.dialect;

import java.sql.Connection;
import java.time.Duration;

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
	void secondSessionTimesOutWhileTheFirstHoldsTheLock(DatabaseKind kind, TestDatabases databases) throws Exception {
		TestDatabase database = databases.get(kind);
		MigrationLock lock = Dialects.detect(database.dataSource()).lock();
		try (Connection first = database.openConnection();
				Connection second = database.openConnection();
				HeldLock held = lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5))) {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock.acquire(second, "migrate:migrate_version", Duration.ofMillis(300)))
				.withMessageContaining("waiting for the migration lock 'migrate:migrate_version'")
				.withMessageContaining("migrate.lock-timeout");
			lock.acquire(second, "migrate:other_version", Duration.ofSeconds(1)).close();
		}
	}

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "MARIADB" })
	void holderIsDescribedWhileTheLockIsTaken(DatabaseKind kind, TestDatabases databases) throws Exception {
		TestDatabase database = databases.get(kind);
		MigrationLock lock = Dialects.detect(database.dataSource()).lock();
		try (Connection first = database.openConnection(); Connection second = database.openConnection()) {
			assertThat(lock.holder(second, "migrate:migrate_version")).isEmpty();
			try (HeldLock held = lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5))) {
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
		lock.acquire(first, "migrate:migrate_version", Duration.ofSeconds(5));
		first.close();
		try (Connection second = database.openConnection()) {
			lock.acquire(second, "migrate:migrate_version", Duration.ofSeconds(2)).close();
		}
	}

}
