package dev.migrate.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.migrate.dialect.Dialects;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.InspectedSchema;
import dev.migrate.ops.OperationsContext;
import dev.migrate.script.Migration;
import dev.migrate.script.SqlScriptParser;
import dev.migrate.testsupport.InMemoryJavaCompiler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the examples of the user guide ({@code docs/*.md}) true: every SQL revision in it
 * parses, every Java revision compiles and, unless it reads data, runs offline, and every
 * operations example ({@code ```java op}) renders exactly the SQL shown after it for each
 * dialect ({@code ```sql postgresql}, {@code ```sql mariadb}, {@code ```sql h2}).
 */
class GuideExamplesTests {

	private static final Path GUIDE = Path.of("..", "docs");

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)[ \\t]*([^\\n]*)\\n(.*?)^```\\s*$");

	private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

	private static final Pattern CLASS = Pattern.compile("(?m)^public class (\\w+)");

	private static final String SNIPPET_IMPORTS = """
			import java.util.Arrays;
			import java.util.List;
			import dev.migrate.ops.*;
			import static dev.migrate.ops.Column.column;
			import static dev.migrate.ops.Constraint.*;
			import static dev.migrate.ops.IndexColumn.*;
			import static dev.migrate.ops.SequenceOptions.options;
			import static dev.migrate.ops.SqlType.*;
			""";

	@TestFactory
	Stream<DynamicTest> guideExamples() throws IOException {
		assertThat(GUIDE).as("the user guide").isDirectory();
		List<DynamicTest> tests = new ArrayList<>();
		try (Stream<Path> files = Files.list(GUIDE)) {
			files.filter((file) -> file.toString().endsWith(".md"))
				.sorted()
				.forEach((file) -> tests.addAll(tests(file)));
		}
		assertThat(tests).as("examples in the guide").isNotEmpty();
		return tests.stream();
	}

	private static List<DynamicTest> tests(Path file) {
		List<Block> blocks = blocks(file);
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.isSqlRevision()) {
				tests.add(DynamicTest.dynamicTest(block.where(),
						() -> assertThat(SqlScriptParser.parse(block.where(), block.code()).upgrade()).isNotNull()));
			}
			else if (block.isJavaRevision()) {
				tests.add(DynamicTest.dynamicTest(block.where(), () -> runJavaRevision(block)));
			}
			else if (block.isOperationsSnippet()) {
				List<Operation> operations = operations(block);
				for (int j = i + 1; j < blocks.size() && blocks.get(j).language().equals("sql")
						&& !blocks.get(j).isSqlRevision(); j++) {
					Block sql = blocks.get(j);
					tests.add(DynamicTest.dynamicTest(sql.where() + " (" + sql.info() + ")",
							() -> assertThat(render(sql.info(), operations)).isEqualTo(sql.code().strip())));
				}
			}
		}
		return tests;
	}

	private static void runJavaRevision(Block block) throws Exception {
		Matcher pkg = PACKAGE.matcher(block.code());
		Matcher type = CLASS.matcher(block.code());
		assertThat(pkg.find() && type.find()).as("a package and a public class in " + block.where()).isTrue();
		Migration migration = (Migration) InMemoryJavaCompiler.compile(pkg.group(1) + "." + type.group(1), block.code())
			.getConstructor()
			.newInstance();
		if (block.code().contains("op.jdbc()") || block.code().contains("op.inspect()")) {
			return;
		}
		List<Operation> recorded = new ArrayList<>();
		migration.upgrade(operations(recorded::add));
		migration.downgrade(operations(recorded::add));
		assertThat(recorded).as("operations of " + block.where()).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private static List<Operation> operations(Block block) {
		String source = "package guide;\n" + SNIPPET_IMPORTS + "public class Snippet implements "
				+ "java.util.function.Consumer<Operations> {\npublic void accept(Operations op) {\n" + block.code()
				+ "\n}\n}\n";
		List<Operation> recorded = new ArrayList<>();
		try {
			((Consumer<Operations>) InMemoryJavaCompiler.compile("guide.Snippet", source)
				.getConstructor()
				.newInstance()).accept(operations(recorded::add));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		return recorded;
	}

	private static Operations operations(Consumer<Operation> sink) {
		return new Operations(sink::accept, new OperationsContext() {

			@Override
			public boolean isOffline() {
				return true;
			}

			@Override
			public String dialectName() {
				return "postgresql";
			}

			@Override
			public JdbcClient jdbc() {
				throw new IllegalStateException("The guide's examples run offline");
			}

			@Override
			public InspectedSchema inspect(@Nullable String schema) {
				throw new IllegalStateException("The guide's examples run offline");
			}

		});
	}

	private static String render(String dialect, List<Operation> operations) {
		StringBuilder sql = new StringBuilder();
		for (Operation operation : operations) {
			for (String statement : Dialects.byName(dialect).render(operation)) {
				sql.append(statement).append(";\n");
			}
		}
		return sql.toString().strip();
	}

	private static List<Block> blocks(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Block> blocks = new ArrayList<>();
		Matcher fence = FENCE.matcher(text);
		while (fence.find()) {
			int line = (int) text.substring(0, fence.start()).lines().count() + 1;
			blocks.add(new Block("docs/" + file.getFileName() + ":" + line, fence.group(1), fence.group(2).strip(),
					fence.group(3)));
		}
		return blocks;
	}

	private record Block(String where, String language, String info, String code) {

		boolean isSqlRevision() {
			return this.language.equals("sql") && this.code.startsWith("-- revision:");
		}

		boolean isJavaRevision() {
			return this.language.equals("java") && this.code.contains("@Revision(");
		}

		boolean isOperationsSnippet() {
			return this.language.equals("java") && this.info.equals("op");
		}

	}

}
