package dev.migrate.autoconfigure.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.ParsedInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DbCommandParser}.
 */
class DbCommandParserTests {

	private final DbCommandParser parser = new DbCommandParser(
			() -> (input) -> ParsedInput.builder().commandName("delegated:" + input).build());

	@Test
	void dbWordsBecomeArgumentsUnparsed() {
		ParsedInput parsed = this.parser.parse("db downgrade -1 --sql");
		assertThat(parsed.commandName()).isEqualTo("db");
		assertThat(parsed.options()).isEmpty();
		assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("downgrade", "-1", "--sql");
	}

	@Test
	void quotesGroupWords() {
		assertThat(DbCommandParser.words("db revision -m \"Add email to user\"  --format sql")).containsExactly("db",
				"revision", "-m", "Add email to user", "--format", "sql");
		assertThat(DbCommandParser.words("db revision -m \"say \\\"hi\\\"\"")).containsExactly("db", "revision", "-m",
				"say \"hi\"");
		assertThat(DbCommandParser.words("  ")).isEmpty();
	}

	@Test
	void otherCommandsGoToTheDelegate() {
		assertThat(this.parser.parse("help db").commandName()).isEqualTo("delegated:help db");
		assertThat(this.parser.parse("dbx").commandName()).isEqualTo("delegated:dbx");
	}

	@Test
	void bareDbHasNoArguments() {
		assertThat(this.parser.parse("db").arguments()).isEqualTo(List.of());
	}

}
