package dev.migrate.autoconfigure.command;

import org.springframework.context.Lifecycle;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.SmartLifecycle;

/**
 * A {@link LifecycleProcessor} that starts and stops nothing, so that a one-shot command
 * neither creates nor starts the application's {@link SmartLifecycle} beans (message
 * listener containers, schedulers, servers and the like).
 */
final class NonStartingLifecycleProcessor implements LifecycleProcessor {

	@Override
	public void onRefresh() {
	}

	@Override
	public void onClose() {
	}

	@Override
	public void start() {
	}

	@Override
	public void stop() {
	}

	/**
	 * Return {@code false}: no {@link Lifecycle} bean runs.
	 */
	@Override
	public boolean isRunning() {
		return false;
	}

}
