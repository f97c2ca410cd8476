package dev.migrate.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The JSON of {@code --json} output: members in order, one a line, strings escaped.
 */
class JsonTests {

	@Test
	void writesNestedMapsAndListsOneMemberALine() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("status", "in_sync");
		value.put("count", 2);
		value.put("empty", List.of());
		value.put("list", Arrays.asList("a", null, true));
		value.put("object", Map.of("k", 1L));
		assertThat(Json.write(value)).isEqualTo("""
				{
				  "status": "in_sync",
				  "count": 2,
				  "empty": [],
				  "list": [
				    "a",
				    null,
				    true
				  ],
				  "object": {
				    "k": 1
				  }
				}
				""");
	}

	@Test
	void escapesQuotesBackslashesAndControlCharacters() {
		assertThat(Json.quote("say \"hi\"\\ \n\t\r\u0001é")).isEqualTo("\"say \\\"hi\\\"\\\\ \\n\\t\\r\\u0001é\"");
		assertThat(Json.write(Map.of())).isEqualTo("{}\n");
	}

	@Test
	void refusesValuesThatHaveNoJson() {
		assertThatIllegalArgumentException().isThrownBy(() -> Json.write(new Object()))
			.withMessageStartingWith("No JSON for java.lang.Object");
	}

}
