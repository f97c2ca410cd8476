package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrate.graph.RevisionGraph;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.Migration;
import dev.migrate.script.Revision;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles and loads the Java revisions {@code db revision} writes, for messages whose
 * plain camel-case form would not compile or would lose letters. Written one after the
 * other without compiling in between, they form one line that upgrades an H2 database.
 */
class GeneratedJavaRevisionTests {

	private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done\n");

	@TempDir
	Path project;

	@Test
	void classNamesOfEveryMessageCompileAndLoad() throws Exception {
		RevisionFiles files = RevisionFiles.standard(this.project);
		Files.createDirectories(files.javaDirectory());
		List<String> names = new ArrayList<>();
		for (String message : List.of("", "revision", "migration", "operations", "override", "café été", "2fa codes",
				"class", "été 2026 ß", "Crème brûlée, naïve façade")) {
			names.add(revision(files, message));
		}
		assertThat(names.get(0)).matches("Revision[0-9a-f]{12}");
		assertThat(names.get(1)).matches("Revision[0-9a-f]{12}");
		assertThat(names.get(2)).matches("Migration[0-9a-f]{12}");
		assertThat(names.get(3)).matches("Operations[0-9a-f]{12}");
		assertThat(names.get(4)).matches("Override[0-9a-f]{12}");
		assertThat(names.subList(5, names.size())).containsExactly("CafeEte", "Revision2faCodes", "Class", "Ete2026",
				"CremeBruleeNaiveFacade");
		Path classes = compile(files.javaPackageDirectory());
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			for (String name : names) {
				Class<?> type = loader.loadClass("db.migrations." + name);
				assertThat(Migration.class).isAssignableFrom(type);
				assertThat(type.getAnnotation(Revision.class)).as(name).isNotNull();
				assertThat(type.getConstructor().newInstance()).isInstanceOf(Migration.class);
			}
			try (TestDatabase database = TestDatabase.h2()) {
				Migrator compiled = Migrator.configure()
					.dataSource(database.dataSource())
					.classLoader(loader)
					.locations("classpath:db/migrations")
					.load();
				RevisionGraph graph = compiled.graph();
				assertThat(graph.revisions()).hasSize(names.size());
				assertThat(graph.heads()).hasSize(1);
				assertThat(graph.revisions()).filteredOn(dev.migrate.graph.Revision::isBase).hasSize(1);
				assertThat(graph.revisions()).noneMatch(dev.migrate.graph.Revision::isMerge);
				assertThat(compiled.upgrade("head").steps()).hasSize(names.size());
			}
		}
	}

	private String revision(RevisionFiles files, String message) throws IOException {
		Path compiled = Files.createDirectories(this.project.resolve("target/compiled"));
		Migrator migrator = Migrator.configure().dialect("h2").locations("file:" + compiled).load();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new DbCommandLine(() -> new DbCommands(migrator, files)).run(List.of("revision", "-m", message),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		Matcher generated = GENERATED.matcher(out.toString(StandardCharsets.UTF_8));
		assertThat(generated.matches()).isTrue();
		String file = Path.of(generated.group(1)).getFileName().toString();
		return file.substring(0, file.length() - ".java".length());
	}

	private Path compile(Path sources) throws IOException {
		Path classes = Files.createDirectories(this.project.resolve("target/classes"));
		List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
				System.getProperty("java.class.path"), "-encoding", "UTF-8"));
		try (Stream<Path> files = Files.list(sources)) {
			files.map(Path::toString).forEach(arguments::add);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
		assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
		return classes;
	}

}
