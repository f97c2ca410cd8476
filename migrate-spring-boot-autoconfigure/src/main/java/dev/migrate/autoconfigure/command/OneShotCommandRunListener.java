package dev.migrate.autoconfigure.command;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns an application started as {@code java -jar app.jar db <command>} into a one-shot
 * command: no web server, nothing done to the database on startup, no interactive shell,
 * no banner and only errors logged on the console, so standard output holds the command's
 * output alone. Settings given as environment variables or system properties still win.
 *
 * @since 0.1.0
 */
public class OneShotCommandRunListener implements SpringApplicationRunListener, Ordered {

	private final boolean oneShot;

	/**
	 * Create a new {@link OneShotCommandRunListener} instance.
	 * @param application the application
	 * @param args the command line arguments
	 */
	public OneShotCommandRunListener(SpringApplication application, String[] args) {
		this.oneShot = args.length > 0 && DbCommandLineRunner.COMMAND.equals(args[0]);
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (!this.oneShot) {
			return;
		}
		Map<String, Object> forced = new LinkedHashMap<>();
		forced.put(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY, "true");
		forced.put("spring.main.web-application-type", "none");
		forced.put("spring.main.banner-mode", "off");
		forced.put("spring.shell.interactive.enabled", "false");
		environment.getPropertySources().addFirst(new MapPropertySource("migrateOneShotCommand", forced));
		if (!environment.containsProperty("logging.threshold.console")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("migrateOneShotLogging", Map.of("logging.threshold.console", "error")));
		}
	}

	/**
	 * Run before Spring Boot's own listener, so logging starts with these settings.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
