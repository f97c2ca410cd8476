package dev.migrate.sample;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's Spring Shell ({@code shell} profile), driven through Spring Shell's test
 * client: the {@code db} commands sit beside Spring Shell's own.
 */
@SpringBootTest(properties = { "spring.profiles.active=shell", "spring.shell.interactive.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:sample-shell;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class SampleShellTests {

	@Autowired
	private CommandParser parser;

	@Autowired
	private CommandRegistry registry;

	@Test
	void eachStepShowsOnceOnTheConsole(CapturedOutput output) throws Exception {
		ShellTestClient shell = new ShellTestClient(this.parser, this.registry);
		String step = "Running downgrade 7f708192a3b4 -> 6e5f708192a3, Account created_at with microseconds on MariaDB";
		assertThat(lines(shell, "db downgrade -1")).containsExactly(step);
		assertThat(output).doesNotContainPattern(Pattern.quote(step) + " \\(\\d+ ms\\)");
		assertThat(lines(shell, "db upgrade")).hasSize(1);
	}

	@Test
	void dbCommandsRunInTheShell() throws Exception {
		ShellTestClient shell = new ShellTestClient(this.parser, this.registry);
		assertThat(lines(shell, "db current")).containsExactly("7f708192a3b4 (head)");
		assertThat(lines(shell, "db downgrade -1")).containsExactly(
				"Running downgrade 7f708192a3b4 -> 6e5f708192a3, Account created_at with microseconds on MariaDB");
		assertThat(lines(shell, "db upgrade --sql 5d4e:6e5f"))
			.contains("-- Running upgrade 5d4e6f708192 -> 6e5f708192a3");
		assertThat(lines(shell, "db upgrade")).hasSize(1);
		assertThat(lines(shell, "help")).anyMatch((line) -> line.contains("db"));
	}

	private static List<String> lines(ShellTestClient shell, String input) throws Exception {
		return shell.sendCommand(input).lines().stream().filter((line) -> !line.isBlank()).toList();
	}

}
