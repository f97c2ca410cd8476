package dev.migrate.autoconfigure.actuate;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateMetricsAutoConfiguration} and {@link MigrateMetricsListener}.
 */
class MigrateMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateMetricsAutoConfiguration.class));

	@Test
	void timesEachRevisionRunOnStartup() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasSingleBean(MigrateMetricsListener.class);
			Timer timer = context.getBean(MeterRegistry.class)
				.get(MigrateMetricsListener.TIMER_NAME)
				.tags("revision", "b20000000002", "direction", "upgrade", "outcome", "success")
				.timer();
			assertThat(timer.count()).isOne();
		});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrateMetricsListener.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateMetricsListener.class));
	}

}
