package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.migrate.dialect.MigrationLock.HeldLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TableRowLock} on H2.
 */
class TableRowLockTests {

	private final TableRowLock lock = new TableRowLock("migrate_lock", "SET LOCK_TIMEOUT %d", "HYT00");

	private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private Connection first;

	private Connection second;

	@BeforeEach
	void connect() throws SQLException {
		this.first = DriverManager.getConnection(this.url);
		this.second = DriverManager.getConnection(this.url);
	}

	@AfterEach
	void close() throws SQLException {
		this.first.createStatement().execute("SHUTDOWN");
		this.first.close();
		this.second.close();
	}

	@Test
	void secondSessionWaitsUntilTheFirstReleases() throws Exception {
		HeldLock held = this.lock.acquire(this.first, "migrate_version", Duration.ofSeconds(5), (holder) -> {
		});
		CompletableFuture<HeldLock> waiting = CompletableFuture
			.supplyAsync(() -> acquire(this.second, Duration.ofSeconds(5)));
		Thread.sleep(300);
		assertThat(waiting).isNotDone();
		held.close();
		waiting.get(5, TimeUnit.SECONDS).close();
	}

	@Test
	void timeoutNamesThePropertyToRaise() throws Exception {
		try (HeldLock held = this.lock.acquire(this.first, "migrate_version", Duration.ofSeconds(5), (holder) -> {
		})) {
			assertThatExceptionOfType(LockTimeoutException.class).isThrownBy(
					() -> this.lock.acquire(this.second, "migrate_version", Duration.ofMillis(300), (holder) -> {
					}))
				.withMessageContaining("migrate.lock-timeout");
		}
	}

	@Test
	void closingTheConnectionReleasesTheLock() throws Exception {
		this.lock.acquire(this.second, "migrate_version", Duration.ofSeconds(5), (holder) -> {
		});
		this.second.close();
		this.lock.acquire(this.first, "migrate_version", Duration.ofSeconds(1), (holder) -> {
		}).close();
	}

	private HeldLock acquire(Connection connection, Duration timeout) {
		try {
			return this.lock.acquire(connection, "migrate_version", timeout, (holder) -> {
			});
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
