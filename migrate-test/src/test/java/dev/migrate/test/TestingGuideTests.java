package dev.migrate.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.migrate.testsupport.InMemoryJavaCompiler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the examples of the guide's page on testing migrations ({@code docs/testing.md})
 * true: each {@code ```java} block is a test class that compiles against migrate-test,
 * with the imports below added for the blocks that leave them out.
 */
class TestingGuideTests {

	private static final Path PAGE = Path.of("..", "docs", "testing.md");

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java[ \\t]*\\n(.*?)^```\\s*$");

	private static final Pattern CLASS = Pattern.compile("(?m)^(?:public )?class (\\w+)");

	private static final String IMPORTS = """
			import java.util.Map;
			import javax.sql.DataSource;
			import jpaapp.Customer;
			import org.junit.jupiter.api.AfterAll;
			import org.junit.jupiter.api.Test;
			import org.postgresql.ds.PGSimpleDataSource;
			import org.springframework.beans.factory.annotation.Autowired;
			import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
			import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
			import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
			import org.springframework.boot.test.context.SpringBootTest;
			import org.springframework.test.context.DynamicPropertyRegistry;
			import org.springframework.test.context.DynamicPropertySource;
			import dev.migrate.lint.Severity;
			import dev.migrate.test.*;
			import dev.migrate.testsupport.DatabaseKind;
			import dev.migrate.testsupport.DatabaseServers;
			import dev.migrate.testsupport.TestDatabase;
			import static dev.migrate.test.DataCheck.row;
			import static org.assertj.core.api.Assertions.assertThat;
			""";

	@TestFactory
	Stream<DynamicTest> javaExamplesCompile() throws IOException {
		String page = Files.readString(PAGE);
		List<DynamicTest> tests = new ArrayList<>();
		Matcher block = JAVA_BLOCK.matcher(page);
		while (block.find()) {
			String source = block.group(1);
			int line = page.substring(0, block.start()).split("\n", -1).length;
			Matcher name = CLASS.matcher(source);
			assertThat(name.find()).as("docs/testing.md line %d declares a class", line).isTrue();
			tests.add(DynamicTest.dynamicTest("docs/testing.md line " + line,
					() -> InMemoryJavaCompiler.compile(name.group(1), IMPORTS + source)));
		}
		assertThat(tests).as("Java examples in docs/testing.md").isNotEmpty();
		return tests.stream();
	}

}
