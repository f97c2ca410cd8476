package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.graph.MultipleHeadsException;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.RevisionIdGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Creates revisions for {@code revision}, {@code merge} and {@code init}: picks the
 * parents and the id, checks the new graph is valid, then writes the script. Parents and
 * ids come from the graph of the compiled revisions with the revisions of the source
 * directories over it, so that revisions written since the last build count.
 */
final class RevisionAuthor {

	private final RevisionGraph compiled;

	private final RevisionFiles files;

	private final Clock clock;

	private final RevisionIdGenerator ids = new RevisionIdGenerator();

	RevisionAuthor(RevisionGraph compiled, RevisionFiles files, Clock clock) {
		this.compiled = compiled;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Write a new, empty revision on top of a head.
	 * @param request what to create
	 * @return {@code Generating <path> ...  done}
	 */
	String revision(NewRevision request) {
		return revision(request, RevisionBody.EMPTY);
	}

	/**
	 * Write a new revision with the given bodies on top of a head.
	 * @param request what to create
	 * @param body the upgrade and downgrade, in the request's format
	 * @return {@code Generating <path> ...  done}
	 */
	String revision(NewRevision request, RevisionBody body) {
		RevisionGraph graph = graph(request.format());
		List<String> parents = parentsOf(graph, request.head(), request.splice());
		List<String> dependsOn = request.dependsOn()
			.stream()
			.map((dependency) -> graph.labelOwner(dependency).isPresent() ? dependency : resolveId(graph, dependency))
			.toList();
		return write(graph, new Revision(newId(graph, request.revisionId()), parents, request.branchLabels(), dependsOn,
				request.message(), now(), "a new revision"), request.format(), body);
	}

	/**
	 * Write a revision that merges several heads into one.
	 * @param revisions expressions naming the heads to merge, such as {@code heads}
	 * @param message the message
	 * @param branchLabels branch labels of the merge revision
	 * @param revisionId the id to use instead of a generated one
	 * @param format the script format
	 * @return {@code Generating <path> ...  done}
	 */
	String merge(List<String> revisions, String message, List<String> branchLabels, @Nullable String revisionId,
			ScriptFormat format) {
		RevisionGraph graph = graph(format);
		Set<String> parents = new LinkedHashSet<>();
		revisions.forEach((expression) -> graph.resolve(expression).forEach((revision) -> parents.add(revision.id())));
		if (parents.size() < 2) {
			throw new MigrateException("A merge needs at least two revisions to join, and " + revisions + " names "
					+ (parents.isEmpty() ? "none" : "only " + parents.iterator().next())
					+ "; name the heads to merge, or 'heads' (see 'db heads')");
		}
		parents.forEach((parent) -> requireHead(graph, parent, false));
		return write(graph, new Revision(newId(graph, revisionId), List.copyOf(parents), branchLabels, List.of(),
				message, now(), "a new revision"), format, RevisionBody.EMPTY);
	}

	/**
	 * Create the directories new revisions go into, with a short README.
	 * @return one {@code Creating directory} or {@code Generating} line per file
	 */
	String init() {
		Path directory = this.files.sqlDirectory();
		try {
			if (Files.isDirectory(directory)) {
				try (Stream<Path> entries = Files.list(directory)) {
					if (entries.findAny().isPresent()) {
						throw new MigrateException(
								"Directory " + directory.toAbsolutePath() + " already exists and is not empty");
					}
				}
			}
			StringBuilder text = new StringBuilder();
			for (Path path : List.of(directory, this.files.javaPackageDirectory())) {
				if (!Files.isDirectory(path)) {
					Files.createDirectories(path);
					text.append("Creating directory ").append(path.toAbsolutePath()).append(" ...  done\n");
				}
			}
			Path readme = directory.resolve("README.md");
			Files.writeString(readme, readme());
			return text.append("Generating ").append(readme.toAbsolutePath()).append(" ...  done\n").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + directory, ex);
		}
	}

	private String readme() {
		return """
				# Revisions

				Each revision is a SQL file here, or a `@Revision` class implementing `Migration` in package
				`%s`. Create one with `db revision -m "message"` (add `--format sql` for SQL), then fill in
				its upgrade and downgrade. Apply with `db upgrade`; see where the database stands with
				`db current` and `db history`.
				""".formatted(this.files.javaPackage());
	}

	/**
	 * The graph a new revision joins: checks first that the directory it goes into
	 * exists, since a missing one means the source directories are not where the command
	 * looks.
	 */
	private RevisionGraph graph(ScriptFormat format) {
		this.files.requireDirectory(format);
		return this.files.sources().over(this.compiled);
	}

	private List<String> parentsOf(RevisionGraph graph, String head, boolean splice) {
		if ("base".equals(head)) {
			return List.of();
		}
		Revision parent;
		try {
			parent = graph.resolveOne(head).orElse(null);
		}
		catch (MultipleHeadsException ex) {
			throw new MultipleHeadsException(ex.getHeads(), ex.getArgument(),
					"Multiple heads are present; please specify the head revision on which the new revision "
							+ "should be based, or perform a merge. (heads: " + String.join(", ", ex.getHeads()) + ")");
		}
		if (parent == null) {
			return List.of();
		}
		requireHead(graph, parent.id(), splice);
		return List.of(parent.id());
	}

	private static void requireHead(RevisionGraph graph, String id, boolean splice) {
		if (!splice && !graph.children(id).isEmpty()) {
			throw new RevisionException("Revision " + id
					+ " is not a head revision; please specify --splice to create a new branch from this revision");
		}
	}

	private static String resolveId(RevisionGraph graph, String expression) {
		return graph.resolveOne(expression)
			.map(Revision::id)
			.orElseThrow(() -> new RevisionException("'" + expression + "' names no revision to depend on"));
	}

	private String newId(RevisionGraph graph, @Nullable String requested) {
		Set<String> existing = new HashSet<>();
		graph.revisions().forEach((revision) -> existing.add(revision.id()));
		return (requested != null) ? requested : this.ids.generate(existing);
	}

	private String write(RevisionGraph graph, Revision revision, ScriptFormat format, RevisionBody body) {
		List<Revision> all = new ArrayList<>(graph.revisions());
		all.add(revision);
		RevisionGraph.of(all);
		Path path = new RevisionWriter(this.files).write(revision, format, body);
		return "Generating " + path.toAbsolutePath() + " ...  done\n";
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
	}

}
