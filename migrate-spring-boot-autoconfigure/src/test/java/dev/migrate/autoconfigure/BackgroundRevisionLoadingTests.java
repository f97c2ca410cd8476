package dev.migrate.autoconfigure;

import java.util.List;
import java.util.UUID;

import dev.migrate.graph.Revision;
import dev.migrate.runtime.LoadedRevisions;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.MigrationScript;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for {@link BackgroundRevisionLoading} and {@link BackgroundRevisionLoader}, in
 * applications started by {@link org.springframework.boot.SpringApplication}, which is
 * what runs the listener.
 */
class BackgroundRevisionLoadingTests {

	@Test
	void theMigratorGetsTheRevisionsReadWhileTheContextStarted() {
		try (ConfigurableApplicationContext context = start(Application.class)) {
			Migrator migrator = context.getBean(Migrator.class);
			LoadedRevisions readAhead = context.getBean(BackgroundRevisionLoader.class)
				.load(context.getClassLoader(), List.of("classpath:db/migrations"));
			assertThat(migrator.scripts()).hasSameSizeAs(readAhead.scripts())
				.allSatisfy((script) -> assertThat(readAhead.scripts())
					.anySatisfy((read) -> assertThat(read).isSameAs(script)));
			assertThat(migrator.current()).isEqualTo(migrator.heads().stream().map(Revision::id).toList()).isNotEmpty();
		}
	}

	@Test
	void aCustomizerThatMovesTheLocationsGetsTheRevisionsOfItsLocations() {
		try (ConfigurableApplicationContext context = start(MovedLocations.class)) {
			assertThat(context.getBean(Migrator.class).scripts()).extracting(MigrationScript::revision)
				.extracting(Revision::id)
				.containsExactlyInAnyOrder("aaaa11111111", "bbbb22222222");
		}
	}

	@Test
	void aScriptThatDoesNotLoadFailsTheStartAsItWouldWithoutTheHeadStart() {
		Throwable inBackground = catchThrowable(
				() -> start(Application.class, "--migrate.locations=classpath:db/broken"));
		Throwable inline = catchThrowable(() -> start(Application.class, "--migrate.locations=classpath:db/broken",
				"--migrate.load-in-background=false"));
		assertThat(rootCause(inBackground)).isNotNull()
			.hasMessageContaining("c30000000003")
			.hasMessage(rootCause(inline).getMessage())
			.hasSameClassAs(rootCause(inline));
	}

	@Test
	void nothingIsReadAheadWhenLoadInBackgroundIsOff() {
		try (ConfigurableApplicationContext context = start(Application.class, "--migrate.load-in-background=false")) {
			assertThat(context.getBeanNamesForType(BackgroundRevisionLoader.class)).isEmpty();
			assertThat(context.getBean(Migrator.class).scripts()).isNotEmpty();
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		System.arraycopy(args, 0, all, 1, args.length);
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(all);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class Application {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class MovedLocations {

		@Bean
		MigrateConfigurationCustomizer otherLocations() {
			return (builder) -> builder.locations("classpath:db/shell");
		}

	}

}
