package dev.migrate.autoconfigure.command.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Beans that print a {@link JpaApplication#MARKER marker} on standard output when they
 * run: a one-shot command must start none of them. On a normal start the runner waits for
 * the scheduled task and ends the process, so that a test sees every marker.
 */
final class Markers {

	private static final CountDownLatch scheduled = new CountDownLatch(1);

	private Markers() {
	}

	static void print(String what) {
		System.out.println(JpaApplication.MARKER + what);
	}

	@Component
	static class Catalog {

		private final ItemRepository items;

		Catalog(ItemRepository items) {
			this.items = items;
		}

		@PostConstruct
		void start() {
			print("post-construct, " + this.items.count() + " items");
		}

	}

	@Component
	static class Consumer implements SmartLifecycle {

		private volatile boolean running;

		@Override
		public void start() {
			print("lifecycle");
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

	}

	@Component
	static class Job {

		@Scheduled(fixedDelay = 60_000)
		void run() {
			print("scheduled");
			scheduled.countDown();
		}

	}

	@Component
	static class RefreshListener {

		@EventListener
		void refreshed(ContextRefreshedEvent event) {
			print("refreshed");
		}

	}

	@Component
	static class Runner implements ApplicationRunner {

		@Override
		public void run(ApplicationArguments args) throws InterruptedException {
			print("runner");
			scheduled.await(30, TimeUnit.SECONDS);
			System.out.flush();
			Runtime.getRuntime().halt(0);
		}

	}

}
