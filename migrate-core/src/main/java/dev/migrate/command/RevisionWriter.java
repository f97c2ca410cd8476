package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.graph.Revision;
import dev.migrate.ops.JavaSourceRenderer;

/**
 * Writes the script of a new revision: a Java migration class or a SQL file, with the
 * upgrade and downgrade bodies given, or empty ones for the user to fill in.
 */
final class RevisionWriter {

	/** The imports every revision class needs. */
	private static final List<String> IMPORTS = List.of("import dev.migrate.ops.Operations;",
			"import dev.migrate.script.Migration;", "import dev.migrate.script.Revision;");

	/**
	 * The imports of a class with generated bodies: those of the rendered operations,
	 * with the migration's own beside that of {@code Operations}.
	 */
	private static final List<String> GENERATED_IMPORTS = JavaSourceRenderer.IMPORTS.stream()
		.flatMap((line) -> IMPORTS.contains(line) ? IMPORTS.stream() : Stream.of(line))
		.toList();

	private static final Set<String> REFERENCED_TYPES = referencedTypes(IMPORTS);

	private static final Set<String> GENERATED_REFERENCED_TYPES = referencedTypes(GENERATED_IMPORTS);

	private final RevisionFiles files;

	RevisionWriter(RevisionFiles files) {
		this.files = files;
	}

	Path write(Revision revision, ScriptFormat format, RevisionBody body) {
		Path path = (format == ScriptFormat.SQL) ? sqlPath(revision) : javaPath(revision, body);
		String text = (format == ScriptFormat.SQL) ? sql(revision, body) : java(revision, className(path), body);
		try {
			Files.createDirectories(path.getParent());
			Files.writeString(path, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + path, ex);
		}
		return path;
	}

	private Path sqlPath(Revision revision) {
		return this.files.sqlDirectory().resolve(revision.id() + "_" + RevisionNames.slug(revision.message()) + ".sql");
	}

	private Path javaPath(Revision revision, RevisionBody body) {
		Path directory = this.files.javaPackageDirectory();
		String name = RevisionNames.className(revision.message(), revision.id(),
				(candidate) -> (body.isEmpty() ? REFERENCED_TYPES : GENERATED_REFERENCED_TYPES).contains(candidate)
						|| Files.exists(directory.resolve(candidate + ".java")));
		return directory.resolve(name + ".java");
	}

	private static String className(Path path) {
		String file = path.getFileName().toString();
		return file.substring(0, file.length() - ".java".length());
	}

	private static String sql(Revision revision, RevisionBody body) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: ").append(revision.id()).append('\n');
		if (!revision.parents().isEmpty()) {
			text.append("-- revises: ").append(String.join(", ", revision.parents())).append('\n');
		}
		text.append("-- message: ").append(revision.message()).append('\n');
		text.append("-- created: ").append(revision.created()).append('\n');
		if (!revision.branchLabels().isEmpty()) {
			text.append("-- branch-labels: ").append(String.join(", ", revision.branchLabels())).append('\n');
		}
		if (!revision.dependsOn().isEmpty()) {
			text.append("-- depends-on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		if (!body.transactional()) {
			text.append("-- transactional: false\n");
		}
		return text.append("\n-- upgrade\n")
			.append(lines(body.upgrade(), ""))
			.append("\n-- downgrade\n")
			.append(lines(body.downgrade(), ""))
			.toString();
	}

	private String java(Revision revision, String className, RevisionBody body) {
		StringBuilder annotation = new StringBuilder("@Revision(id = ").append(quoted(revision.id()));
		if (!revision.parents().isEmpty()) {
			annotation.append(", revises = ").append(array(revision.parents()));
		}
		annotation.append(", message = ").append(quoted(revision.message()));
		annotation.append(", created = ").append(quoted(String.valueOf(revision.created())));
		if (!revision.branchLabels().isEmpty()) {
			annotation.append(", branchLabels = ").append(array(revision.branchLabels()));
		}
		if (!revision.dependsOn().isEmpty()) {
			annotation.append(", dependsOn = ").append(array(revision.dependsOn()));
		}
		annotation.append(')');
		return """
				package %s;

				%s
				%s
				public class %s implements Migration {

					@Override
					public void upgrade(Operations op) {
				%s	}

					@Override
					public void downgrade(Operations op) {
				%s	}

				}
				""".formatted(this.files.javaPackage(), imports(body), annotation, className,
				lines(body.upgrade(), "\t\t"), lines(body.downgrade(), "\t\t"));
	}

	private static String imports(RevisionBody body) {
		return (body.isEmpty() ? IMPORTS : GENERATED_IMPORTS).stream()
			.map((line) -> line + "\n")
			.collect(Collectors.joining());
	}

	/**
	 * The simple names a class with these imports refers to, and {@code @Override}: a
	 * class of the same name would hide them.
	 */
	private static Set<String> referencedTypes(List<String> imports) {
		Stream<String> imported = imports.stream()
			.filter((line) -> line.startsWith("import ") && !line.startsWith("import static "))
			.map((line) -> line.substring(line.lastIndexOf('.') + 1, line.length() - 1));
		return Stream.concat(imported, Stream.of("Override")).collect(Collectors.toUnmodifiableSet());
	}

	private static String lines(List<String> lines, String indent) {
		return lines.stream().map((line) -> indent + line + "\n").collect(Collectors.joining());
	}

	private static String array(List<String> values) {
		return (values.size() == 1) ? quoted(values.get(0))
				: values.stream().map(RevisionWriter::quoted).collect(Collectors.joining(", ", "{ ", " }"));
	}

	private static String quoted(String value) {
		if (value.chars().anyMatch((c) -> c == '\n' || c == '\r')) {
			throw new MigrateException("A revision message must be one line");
		}
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
