package dev.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;

/**
 * The revisions in a project's source directories, read without compiling: the
 * {@code @Revision} annotations of the {@code .java} files in the package directory and
 * the headers of the {@code .sql} files in the SQL directory. Commands that write
 * revisions see these, so that a revision written a moment ago counts before the next
 * build. Directories are read as {@link ScriptLoader} reads locations: not recursively,
 * by file name, skipping names that start with a dot; a missing directory has no
 * revisions.
 */
public final class RevisionSources {

	private final Path javaPackageDirectory;

	private final Path sqlDirectory;

	private final JavaSourceReader javaReader = new JavaSourceReader();

	/**
	 * Create a new {@link RevisionSources} instance.
	 * @param javaPackageDirectory the directory of the Java migrations' package, such as
	 * {@code src/main/java/db/migrations}
	 * @param sqlDirectory the directory of SQL migrations, such as
	 * {@code src/main/resources/db/migrations}
	 */
	public RevisionSources(Path javaPackageDirectory, Path sqlDirectory) {
		this.javaPackageDirectory = javaPackageDirectory;
		this.sqlDirectory = sqlDirectory;
	}

	/**
	 * Read the revisions of the source directories, Java before SQL.
	 * @return the revisions, each with its file as source
	 * @throws ScriptException if a file cannot be read or parsed, or declares a revision
	 * that is not valid; the message names the file and the line
	 */
	public List<Revision> read() {
		List<Revision> revisions = new ArrayList<>();
		files(this.javaPackageDirectory, ".java").forEach((file) -> revisions.addAll(this.javaReader.read(file)));
		files(this.sqlDirectory, ".sql").forEach((file) -> revisions.add(readSql(file)));
		return revisions;
	}

	/**
	 * Return the graph of the compiled revisions with the source revisions over them: a
	 * source revision replaces the compiled one of the same id, since it is what the next
	 * build compiles.
	 * @param compiled the graph the application loaded
	 * @return the graph the source directories give
	 * @throws dev.migrate.graph.RevisionGraphException if the merged graph is not valid,
	 * such as two source files declaring one id
	 */
	public RevisionGraph over(RevisionGraph compiled) {
		List<Revision> sources = read();
		Set<String> sourceIds = new HashSet<>();
		sources.forEach((revision) -> sourceIds.add(revision.id()));
		List<Revision> merged = new ArrayList<>();
		compiled.revisions().stream().filter((revision) -> !sourceIds.contains(revision.id())).forEach(merged::add);
		merged.addAll(sources);
		return RevisionGraph.of(merged);
	}

	private static Revision readSql(Path file) {
		try {
			return SqlScriptParser.parse(file.toString(), Files.readString(file)).revision();
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot read SQL script " + file, ex);
		}
	}

	private static List<Path> files(Path directory, String extension) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter((file) -> isScript(file, extension))
				.sorted(Comparator.comparing((file) -> file.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new ScriptException("Cannot list " + directory, ex);
		}
	}

	private static boolean isScript(Path file, String extension) {
		String name = file.getFileName().toString();
		return name.endsWith(extension) && !name.startsWith(".") && Files.isRegularFile(file);
	}

}
