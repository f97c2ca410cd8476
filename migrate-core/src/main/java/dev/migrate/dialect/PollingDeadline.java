package dev.migrate.dialect;

import java.time.Duration;

/**
 * Waits between attempts to take a lock, until a deadline passes.
 */
final class PollingDeadline {

	private static final long PAUSE_MILLIS = 50;

	private final long deadline;

	PollingDeadline(Duration timeout) {
		this.deadline = System.nanoTime() + timeout.toNanos();
	}

	/**
	 * Pause before the next attempt.
	 * @return {@code false} when the deadline has passed and no attempt should follow
	 */
	boolean pause() {
		long remaining = this.deadline - System.nanoTime();
		if (remaining <= 0) {
			return false;
		}
		try {
			Thread.sleep(Math.min(PAUSE_MILLIS, Math.max(1, remaining / 1_000_000)));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
