package dev.migrate.autoconfigure.command;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PostConstruct;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OneShotContextInitializer}: the application's beans are created only
 * when asked for, its lifecycle beans never start and its listeners get no events, while
 * the listeners of the {@code SpringApplication} still do.
 */
class OneShotContextInitializerTests {

	private final Calls calls = new Calls();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withBean(Calls.class, () -> this.calls)
		.withUserConfiguration(ApplicationBeans.class);

	@Test
	void aNormalContextRunsTheApplicationsBeans() {
		this.contextRunner.run((context) -> assertThat(this.calls.list).containsExactlyInAnyOrder("post-construct",
				"lifecycle", "refreshed listener bean", "refreshed event listener"));
	}

	@Test
	void aOneShotContextCreatesAndStartsNothingOfTheApplication() {
		ApplicationListener<ContextRefreshedEvent> bootListener = (event) -> this.calls.list.add("boot listener");
		this.contextRunner.withInitializer(new OneShotContextInitializer(List.of(bootListener)))
			.withInitializer((context) -> context.addApplicationListener(bootListener))
			.run((context) -> {
				assertThat(this.calls.list).containsExactly("boot listener");
				assertThat(context.getBean("marked")).isNotNull();
				assertThat(this.calls.list).containsExactly("boot listener", "post-construct");
				context.close();
				assertThat(this.calls.list).containsExactly("boot listener", "post-construct");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationBeans {

		@Bean
		Marked marked() {
			return new Marked();
		}

		@Bean
		SmartLifecycle lifecycle(Calls calls) {
			return new SmartLifecycle() {

				private boolean running;

				@Override
				public void start() {
					calls.list.add("lifecycle");
					this.running = true;
				}

				@Override
				public void stop() {
					this.running = false;
				}

				@Override
				public boolean isRunning() {
					return this.running;
				}

			};
		}

		@Bean
		ApplicationListener<ContextRefreshedEvent> refreshedListener(Calls calls) {
			return (event) -> calls.list.add("refreshed listener bean");
		}

		@Bean
		ApplicationListener<ContextClosedEvent> closedListener(Calls calls) {
			return (event) -> calls.list.add("closed listener bean");
		}

		@Bean
		EventListening eventListening() {
			return new EventListening();
		}

	}

	static class Calls {

		final List<String> list = new CopyOnWriteArrayList<>();

	}

	static class Marked {

		@Autowired
		private Calls calls;

		@PostConstruct
		void start() {
			this.calls.list.add("post-construct");
		}

	}

	static class EventListening {

		@Autowired
		private Calls calls;

		@EventListener
		void refreshed(ContextRefreshedEvent event) {
			this.calls.list.add("refreshed event listener");
		}

	}

}
