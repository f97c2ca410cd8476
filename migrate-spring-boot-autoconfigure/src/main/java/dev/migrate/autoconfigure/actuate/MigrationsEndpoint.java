package dev.migrate.autoconfigure.actuate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.migrate.runtime.MigrationStatus;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Step;
import dev.migrate.runtime.ChecksumMismatch;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.MigrationScript;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/**
 * {@link Endpoint @Endpoint} that shows where each database stands: per application
 * context and {@link Migrator} bean, its status, current revisions, heads, pending
 * revisions in the order they would run, the history table, the applied scripts edited
 * since they ran and the lock holder.
 *
 * @since 0.1.0
 */
@Endpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigrationsEndpoint {

	private final ApplicationContext context;

	/**
	 * Create a new {@link MigrationsEndpoint} instance.
	 * @param context the application context whose migrators (and those of its parents)
	 * are shown
	 */
	public MigrationsEndpoint(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * Return where each database stands.
	 * @return the migrators of each context
	 */
	@ReadOperation
	public MigratorsDescriptor migrations() {
		return new MigratorsDescriptor(collect(MigratorDescriptor::of));
	}

	/**
	 * Return one revision of each migrator that has it.
	 * @param revision a revision id, a unique prefix or another expression that names one
	 * revision
	 * @return the revision in each migrator, or {@code null} when no migrator has it
	 */
	@ReadOperation
	public @Nullable RevisionsDescriptor revision(@Selector String revision) {
		Map<String, ContextDescriptor<RevisionDescriptor>> contexts = collect(
				(migrator) -> RevisionDescriptor.of(migrator, revision).orElse(null));
		contexts.values().removeIf((context) -> context.migrators().isEmpty());
		return contexts.isEmpty() ? null : new RevisionsDescriptor(contexts);
	}

	private <T> Map<String, ContextDescriptor<T>> collect(Function<Migrator, @Nullable T> describe) {
		Map<String, ContextDescriptor<T>> contexts = new LinkedHashMap<>();
		ApplicationContext target = this.context;
		while (target != null) {
			Map<String, T> migrators = new LinkedHashMap<>();
			target.getBeansOfType(Migrator.class, false, false).forEach((name, migrator) -> {
				T descriptor = describe.apply(migrator);
				if (descriptor != null) {
					migrators.put(name, descriptor);
				}
			});
			ApplicationContext parent = target.getParent();
			contexts.put(target.getId(), new ContextDescriptor<>(migrators, (parent != null) ? parent.getId() : null));
			target = parent;
		}
		return contexts;
	}

	/**
	 * Where the databases of each application context stand.
	 *
	 * @param contexts the contexts by id
	 */
	public record MigratorsDescriptor(
			Map<String, ContextDescriptor<MigratorDescriptor>> contexts) implements OperationResponseBody {

	}

	/**
	 * One revision in each application context that has it.
	 *
	 * @param contexts the contexts by id
	 */
	public record RevisionsDescriptor(
			Map<String, ContextDescriptor<RevisionDescriptor>> contexts) implements OperationResponseBody {

	}

	/**
	 * The migrators of one application context.
	 *
	 * @param <T> the description of each migrator
	 * @param migrators the descriptions by bean name
	 * @param parentId the id of the parent context, if any
	 */
	public record ContextDescriptor<T>(Map<String, T> migrators, @Nullable String parentId) {

	}

	/**
	 * Where one migrator's database stands.
	 *
	 * @param status the summary
	 * @param current the version rows
	 * @param heads the heads of the revision graph
	 * @param unknown version rows that name no revision of the application
	 * @param pending the revisions an upgrade to the heads would run, in order
	 * @param history the history table, oldest first
	 * @param lastFailure the latest history entry when it records a failure, rolled back
	 * or not
	 * @param editedScripts applied scripts edited since they ran
	 * @param lockHolder who holds the migration lock, if anyone
	 */
	public record MigratorDescriptor(MigrationStatus.State status, List<String> current, List<String> heads,
			List<String> unknown, List<PendingRevisionDescriptor> pending, List<HistoryEntryDescriptor> history,
			@Nullable HistoryEntryDescriptor lastFailure, List<ChecksumMismatch> editedScripts,
			@Nullable String lockHolder) {

		static MigratorDescriptor of(Migrator migrator) {
			MigrationStatus status = migrator.status();
			Map<String, MigrationScript> scripts = scripts(migrator);
			List<PendingRevisionDescriptor> pending = status.pending()
				.stream()
				.map(Step::revision)
				.filter((revision) -> revision != null)
				.map((revision) -> PendingRevisionDescriptor.of(revision, scripts.get(revision.id())))
				.toList();
			return new MigratorDescriptor(status.state(), status.current(), ids(migrator.heads()), status.unknown(),
					pending, migrator.history().stream().map(HistoryEntryDescriptor::of).toList(),
					(status.lastFailure() != null) ? HistoryEntryDescriptor.of(status.lastFailure()) : null,
					status.editedScripts(), migrator.lockHolder().orElse(null));
		}

	}

	/**
	 * A revision waiting to be applied.
	 *
	 * @param id the revision id
	 * @param parents the ids it revises
	 * @param message the description
	 * @param kind {@code JAVA} or {@code SQL}
	 * @param script the class or file it was loaded from
	 */
	public record PendingRevisionDescriptor(String id, List<String> parents, String message, String kind,
			String script) {

		static PendingRevisionDescriptor of(Revision revision, @Nullable MigrationScript script) {
			return new PendingRevisionDescriptor(revision.id(), revision.parents(), revision.message(), kindOf(script),
					revision.source());
		}

	}

	/**
	 * One revision of the graph and its state in the database.
	 *
	 * @param id the revision id
	 * @param parents the ids it revises
	 * @param children the ids that revise it
	 * @param branchLabels its branch labels
	 * @param dependsOn the revisions or labels it depends on
	 * @param message the description
	 * @param created when it was created, if known
	 * @param kind {@code JAVA} or {@code SQL}
	 * @param script the class or file it was loaded from
	 * @param head whether it is a head of the graph
	 * @param current whether it is a version row of the database
	 * @param applied whether it is applied to the database
	 * @param history the history entries of the revision, oldest first
	 */
	public record RevisionDescriptor(String id, List<String> parents, List<String> children, List<String> branchLabels,
			List<String> dependsOn, String message, @Nullable LocalDateTime created, String kind, String script,
			boolean head, boolean current, boolean applied, List<HistoryEntryDescriptor> history) {

		static Optional<RevisionDescriptor> of(Migrator migrator, String expression) {
			RevisionGraph graph = migrator.graph();
			Revision revision;
			try {
				revision = graph.find(expression).or(() -> graph.resolveOne(expression)).orElse(null);
			}
			catch (RevisionException ex) {
				return Optional.empty();
			}
			if (revision == null) {
				return Optional.empty();
			}
			List<String> known = migrator.current().stream().filter((id) -> graph.find(id).isPresent()).toList();
			String id = revision.id();
			List<HistoryEntryDescriptor> history = migrator.history()
				.stream()
				.filter((entry) -> id.equals(entry.revision()))
				.map(HistoryEntryDescriptor::of)
				.toList();
			return Optional.of(new RevisionDescriptor(id, revision.parents(), graph.children(id),
					graph.branchLabels(id), revision.dependsOn(), revision.message(), revision.created(),
					kindOf(scripts(migrator).get(id)), revision.source(), graph.isHead(id), known.contains(id),
					graph.ancestors(known, true).contains(id), history));
		}

	}

	/**
	 * One row of the history table.
	 *
	 * @param revision the revision run, or {@code null} for a stamp or repair
	 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or
	 * {@code repair}
	 * @param headsBefore the version rows before
	 * @param headsAfter the version rows after
	 * @param checksum the checksum of the script as it ran
	 * @param appliedAt when it ran
	 * @param appliedBy the database user that ran it
	 * @param executionTime how long it took, in milliseconds
	 * @param success whether it succeeded
	 * @param statementsRun how many of the script's statements ran to completion (all of
	 * them for a step that succeeded), or {@code null} for rows written by a version of
	 * migrate that did not record it
	 * @param statementsLeftBehind for a failure, how many statements stayed in the
	 * database; zero for a step that succeeded
	 * @param message the failure, or what a stamp or repair did
	 */
	public record HistoryEntryDescriptor(@Nullable String revision, String direction, List<String> headsBefore,
			List<String> headsAfter, @Nullable String checksum, @Nullable OffsetDateTime appliedAt, String appliedBy,
			@Nullable Long executionTime, boolean success, @Nullable Integer statementsRun, int statementsLeftBehind,
			@Nullable String message) {

		static HistoryEntryDescriptor of(HistoryEntry entry) {
			return new HistoryEntryDescriptor(entry.revision(), entry.direction(), entry.headsBefore(),
					entry.headsAfter(), entry.checksum(), entry.appliedAt(), entry.appliedBy(),
					(entry.executionTime() != null) ? entry.executionTime().toMillis() : null, entry.success(),
					entry.statementsRun(), entry.statementsLeftBehind(), entry.message());
		}

	}

	private static Map<String, MigrationScript> scripts(Migrator migrator) {
		Map<String, MigrationScript> scripts = new HashMap<>();
		migrator.scripts().forEach((script) -> scripts.put(script.revision().id(), script));
		return scripts;
	}

	private static String kindOf(@Nullable MigrationScript script) {
		return (script instanceof JavaMigrationScript) ? "JAVA" : "SQL";
	}

	private static List<String> ids(List<Revision> revisions) {
		return revisions.stream().map(Revision::id).toList();
	}

}
