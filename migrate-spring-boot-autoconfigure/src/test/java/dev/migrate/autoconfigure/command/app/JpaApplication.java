package dev.migrate.autoconfigure.command.app;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * An application as users write them, to run one-shot {@code db} commands against: Spring
 * Data JPA with {@code ddl-auto=validate}, and beans that print a marker when they start
 * (see {@link Markers}). Its configuration is {@code jpa-app.properties}.
 */
@SpringBootApplication
@EnableScheduling
public class JpaApplication {

	/** What every marker line starts with. */
	public static final String MARKER = "MARKER ";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(JpaApplication.class);
		application.setDefaultProperties(Map.of("spring.config.name", "jpa-app"));
		application.run(args);
	}

}
