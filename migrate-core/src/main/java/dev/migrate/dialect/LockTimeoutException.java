package dev.migrate.dialect;

import java.time.Duration;

import dev.migrate.MigrateException;

/**
 * Another migration run held the migration lock for longer than the lock timeout.
 */
public class LockTimeoutException extends MigrateException {

	/**
	 * Create a new {@link LockTimeoutException} instance.
	 * @param name the lock name
	 * @param timeout how long the run waited
	 * @param holder who holds the lock, as far as the database tells
	 */
	public LockTimeoutException(String name, Duration timeout, String holder) {
		super("Timed out after " + timeout.toMillis() + " ms waiting for the migration lock '" + name + "', held by "
				+ holder + ". Another migration is running; wait for it, or raise the lock timeout"
				+ " (property 'migrate.lock-timeout').");
	}

}
