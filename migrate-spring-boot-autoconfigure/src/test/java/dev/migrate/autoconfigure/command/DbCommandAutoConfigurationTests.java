package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationRunner;
import dev.migrate.command.DbCommandLine;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DbCommandAutoConfiguration}: the {@code db} command in Spring Shell,
 * driven through Spring Shell's own test client, and the one-shot runner.
 */
class DbCommandAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				DbCommandAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"migrate.locations=classpath:db/shell", "migrate.auto-upgrade=false");

	private final ApplicationContextRunner shellContextRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(SpringShellAutoConfiguration.class))
		.withUserConfiguration(CommandBeansRegistry.class)
		.withPropertyValues("spring.shell.interactive.enabled=false");

	@Test
	void shellRunsDbCommandsWithTheirOwnSyntax() {
		this.shellContextRunner.run((context) -> {
			ShellTestClient shell = new ShellTestClient(context.getBean(CommandParser.class),
					context.getBean(CommandRegistry.class));
			assertThat(screen(shell, "db upgrade")).containsExactly("Running upgrade  -> aaaa11111111, create account",
					"Running upgrade aaaa11111111 -> bbbb22222222, create tag");
			assertThat(screen(shell, "db downgrade -1"))
				.containsExactly("Running downgrade bbbb22222222 -> aaaa11111111, create tag");
			assertThat(screen(shell, "db current")).containsExactly("aaaa11111111");
			assertThat(screen(shell, "db heads")).containsExactly("bbbb22222222 (tags) (head)");
			assertThat(screen(shell, "db upgrade nosuch"))
				.anyMatch((line) -> line.startsWith("Error: Can't locate revision identified by 'nosuch'"));
			assertThat(screen(shell, "db --help")).contains("  downgrade  Revert to a previous revision (default -1)",
					"  repair     Accept edited applied scripts and clear a failure resolved by hand");
			assertThat(screen(shell, "db repair")).containsExactly("Nothing to repair.");
		});
	}

	@Test
	void revisionIdsComplete() {
		this.shellContextRunner.run((context) -> {
			DbShellCommand command = context.getBean(DbShellCommand.class);
			assertThat(complete(command, List.of("db", "do"), 1)).containsExactly("downgrade");
			assertThat(complete(command, List.of("db", "rep"), 1)).containsExactly("repair");
			assertThat(complete(command, List.of("db", "li"), 1)).containsExactly("lint");
			assertThat(complete(command, List.of("db", "upgrade", "bb"), 2)).containsExactly("bbbb22222222");
			assertThat(complete(command, List.of("db", "upgrade", "ta"), 2)).containsExactly("tags@head");
		});
	}

	@Test
	void jlineCompletesCommandNamesAndRevisionIdsAfterDb() {
		this.shellContextRunner.run((context) -> {
			CommandCompleter completer = context.getBean(CommandCompleter.class);
			assertThat(completions(completer, "db down")).containsExactly("downgrade");
			assertThat(completions(completer, "db downgrade bb")).containsExactly("bbbb22222222");
			assertThat(completions(completer, "db ")).contains("downgrade", "upgrade", "history");
			assertThat(completions(completer, "hel")).containsExactly("help");
		});
	}

	@Test
	void normalStartLeavesSpringShellItsRunner() {
		this.shellContextRunner.run((context) -> {
			assertThat(context.getBeansOfType(ApplicationRunner.class))
				.containsOnlyKeys("springShellApplicationRunner");
			assertThat(context).hasSingleBean(MigrationRunner.class);
		});
	}

	@Test
	void oneShotStartDoesNothingToTheDatabaseOnStartup() {
		this.contextRunner.withPropertyValues(MigrateAutoConfiguration.ONE_SHOT_COMMAND_PROPERTY + "=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(DbCommandLine.class);
				assertThat(context).doesNotHaveBean(MigrationRunner.class);
			});
	}

	@Test
	void withoutSpringShellOnlyTheCommandLineIsConfigured() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.shell")).run((context) -> {
			assertThat(context).hasSingleBean(DbCommandLine.class);
			assertThat(context).doesNotHaveBean(DbShellCommand.class);
		});
	}

	@Test
	void backsOffWithoutMigrator() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DbCommandLine.class));
	}

	/**
	 * Registers the command beans once every bean exists, as Spring Shell's own registry
	 * does (when created) in an application with a {@code @SpringBootApplication} class
	 * to scan from.
	 */
	@Configuration(proxyBeanMethods = false)
	static class CommandBeansRegistry {

		@Bean
		CommandRegistry commandRegistry() {
			return new CommandRegistry();
		}

		@Bean
		SmartInitializingSingleton commandRegistration(CommandRegistry registry, ObjectProvider<Command> commands) {
			return () -> commands.orderedStream().forEach(registry::registerCommand);
		}

	}

	private static List<String> screen(ShellTestClient shell, String input) throws Exception {
		ShellScreen screen = shell.sendCommand(input);
		return screen.lines().stream().filter((line) -> !line.isBlank()).toList();
	}

	private static List<String> completions(CommandCompleter completer, String line) {
		List<Candidate> candidates = new ArrayList<>();
		completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
				candidates);
		return candidates.stream().map(Candidate::value).toList();
	}

	private static List<String> complete(DbShellCommand command, List<String> words, int index) {
		CompletionContext context = new CompletionContext(words, index, words.get(index).length(), command, null);
		return command.getCompletionProvider().apply(context).stream().map(CompletionProposal::value).toList();
	}

}
