package dev.migrate.autoconfigure.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the guide's configuration page ({@code docs/configuration.md}) true: it lists
 * exactly the {@code migrate.*} properties of the starter's configuration metadata.
 */
class ConfigurationGuideTests {

	private static final Pattern DOCUMENTED = Pattern.compile("(?m)^\\| `(migrate\\.[a-z.-]+)` \\|");

	@Test
	void theGuideListsEveryPropertyOfTheStarter() throws IOException {
		String guide = Files.readString(Path.of("..", "docs", "configuration.md"));
		List<String> documented = DOCUMENTED.matcher(guide).results().map((match) -> match.group(1)).toList();
		assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(properties());
	}

	private static List<String> properties() throws IOException {
		try (InputStream metadata = ConfigurationGuideTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(metadata).as("the generated configuration metadata").isNotNull();
			List<String> names = JsonPath.read(metadata, "$.properties[*].name");
			return names.stream().filter((name) -> name.startsWith("migrate.")).toList();
		}
	}

}
