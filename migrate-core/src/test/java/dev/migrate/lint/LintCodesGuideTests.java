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
 * Keeps the lists of lint codes true: the guide's table ({@code docs/lint.md}) and the
 * README's list, one entry per code, with its severity, and no code that does not exist.
 */
class LintCodesGuideTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (INFO|WARNING|ERROR) \\|",
			Pattern.MULTILINE);

	private static final Pattern README_LINE = Pattern.compile("- `([a-z0-9-]+)` \\((INFO|WARNING|ERROR)\\): \\S.*");

	@Test
	void guideListsEveryCodeOnceWithItsSeverity() throws IOException {
		Matcher row = ROW.matcher(Files.readString(Path.of("..", "docs", "lint.md")));
		List<String> documented = new ArrayList<>();
		while (row.find()) {
			documented.add(row.group(1) + " " + row.group(2));
		}
		assertThat(documented).containsExactlyElementsOf(codes());
	}

	@Test
	void readmeListsEveryCodeOnceWithItsSeverityOnALineOfItsOwn() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		int start = readme.indexOf("\n## Lint codes\n");
		assertThat(start).as("README.md has a '## Lint codes' section").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		List<String> documented = new ArrayList<>();
		for (String line : readme.substring(start, end).lines().filter((line) -> line.startsWith("- ")).toList()) {
			Matcher entry = README_LINE.matcher(line);
			assertThat(entry.matches()).as("'%s' says - `code` (SEVERITY): what it catches", line).isTrue();
			documented.add(entry.group(1) + " " + entry.group(2));
		}
		assertThat(documented).containsExactlyElementsOf(codes());
	}

	private static List<String> codes() {
		return LintRules.codes().stream().map((code) -> code.code() + " " + code.severity()).toList();
	}

}
