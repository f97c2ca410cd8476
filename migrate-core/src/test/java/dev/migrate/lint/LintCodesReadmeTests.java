package dev.migrate.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the README's table of lint codes true: one row per code, with its severity.
 */
class LintCodesReadmeTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (INFO|WARNING|ERROR) \\|",
			Pattern.MULTILINE);

	@Test
	void readmeListsEveryCodeOnceWithItsSeverity() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		int start = readme.indexOf("\n## Lint\n");
		assertThat(start).as("a Lint section in the README").isPositive();
		String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
		Matcher row = ROW.matcher(section);
		List<String> documented = new ArrayList<>();
		while (row.find()) {
			documented.add(row.group(1) + " " + row.group(2));
		}
		List<String> codes = LintRules.codes().stream().map((code) -> code.code() + " " + code.severity()).toList();
		assertThat(documented).containsExactlyElementsOf(codes);
	}

}
