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
 * Keeps the guide's table of lint codes ({@code docs/lint.md}) true: one row per code,
 * with its severity.
 */
class LintCodesGuideTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (INFO|WARNING|ERROR) \\|",
			Pattern.MULTILINE);

	@Test
	void guideListsEveryCodeOnceWithItsSeverity() throws IOException {
		Matcher row = ROW.matcher(Files.readString(Path.of("..", "docs", "lint.md")));
		List<String> documented = new ArrayList<>();
		while (row.find()) {
			documented.add(row.group(1) + " " + row.group(2));
		}
		List<String> codes = LintRules.codes().stream().map((code) -> code.code() + " " + code.severity()).toList();
		assertThat(documented).containsExactlyElementsOf(codes);
	}

}
