package dev.migrate.autoconfigure.actuate;

import java.time.Duration;
import java.util.Locale;

import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.runtime.MigrationListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A {@link MigrationListener} that records how long each revision took, as the
 * {@code migrate.revision} timer tagged with the revision, direction and outcome.
 *
 * @since 0.1.0
 */
public class MigrateMetricsListener implements MigrationListener {

	/**
	 * The name of the timer.
	 */
	public static final String TIMER_NAME = "migrate.revision";

	private final MeterRegistry registry;

	/**
	 * Create a new {@link MigrateMetricsListener} instance.
	 * @param registry the registry to record to
	 */
	public MigrateMetricsListener(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void afterStep(Step step, Duration duration) {
		record(step, duration, "success");
	}

	@Override
	public void onFailure(Step step, Duration duration, Exception failure) {
		record(step, duration, "failure");
	}

	private void record(Step step, Duration duration, String outcome) {
		Revision revision = step.revision();
		Timer.builder(TIMER_NAME)
			.description("Time taken to run a migration step")
			.tag("revision", (revision != null) ? revision.id() : "none")
			.tag("direction", step.direction().name().toLowerCase(Locale.ROOT))
			.tag("outcome", outcome)
			.register(this.registry)
			.record(duration);
	}

}
