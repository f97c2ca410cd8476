package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migrate.MigrateException;
import dev.migrate.graph.Revision;

/**
 * Writes the script of a new revision: a Java migration class or a SQL file, with empty
 * upgrade and downgrade bodies for the user to fill in.
 */
final class RevisionWriter {

	private static final int SLUG_LENGTH = 40;

	private final RevisionFiles files;

	RevisionWriter(RevisionFiles files) {
		this.files = files;
	}

	Path write(Revision revision, ScriptFormat format) {
		Path path = (format == ScriptFormat.SQL) ? sqlPath(revision) : javaPath(revision);
		String text = (format == ScriptFormat.SQL) ? sql(revision) : java(revision, className(path));
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
		return this.files.sqlDirectory().resolve(revision.id() + "_" + slug(revision.message()) + ".sql");
	}

	private Path javaPath(Revision revision) {
		String name = camelCase(revision.message());
		if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
			name = "Revision" + name;
		}
		Path path = this.files.javaPackageDirectory().resolve(name + ".java");
		return Files.exists(path) ? this.files.javaPackageDirectory().resolve(name + revision.id() + ".java") : path;
	}

	private static String className(Path path) {
		String file = path.getFileName().toString();
		return file.substring(0, file.length() - ".java".length());
	}

	private static List<String> words(String message) {
		return Arrays.stream(message.split("[^\\p{Alnum}]+")).filter((word) -> !word.isEmpty()).toList();
	}

	static String slug(String message) {
		String slug = words(message).stream()
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("_"));
		if (slug.length() > SLUG_LENGTH) {
			String cut = slug.substring(0, SLUG_LENGTH);
			slug = (cut.contains("_") ? cut.substring(0, cut.lastIndexOf('_')) : cut) + "_";
		}
		return slug;
	}

	static String camelCase(String message) {
		return words(message).stream()
			.filter((word) -> word.chars().allMatch((c) -> c < 128))
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining());
	}

	private static String sql(Revision revision) {
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
		return text.append("\n-- upgrade\n\n-- downgrade\n").toString();
	}

	private String java(Revision revision, String className) {
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

				import dev.migrate.ops.Operations;
				import dev.migrate.script.Migration;
				import dev.migrate.script.Revision;

				%s
				public class %s implements Migration {

					@Override
					public void upgrade(Operations op) {
					}

					@Override
					public void downgrade(Operations op) {
					}

				}
				""".formatted(this.files.javaPackage(), annotation, className);
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
