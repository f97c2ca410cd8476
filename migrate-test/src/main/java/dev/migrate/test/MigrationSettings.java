package dev.migrate.test;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import dev.migrate.lint.Severity;
import dev.migrate.runtime.MigratorBuilder;
import dev.migrate.script.ScriptLoader;

/**
 * The configuration of the checks of one test class.
 *
 * @param locations where the revisions are
 * @param versionTable the version table
 * @param historyTable the history table
 * @param heads the expected heads; empty for exactly one
 * @param irreversible the revisions that are not downgraded on purpose
 * @param checks the checks to run
 * @param dialects the dialects of the offline SQL and the lint; empty for the test
 * database's
 * @param schemaFile the schema file of the model check, or {@code null} for the
 * application's model source
 * @param lintFailOn the least severity of a lint finding that fails the lint check
 */
record MigrationSettings(List<String> locations, String versionTable, String historyTable, Set<String> heads,
		Set<String> irreversible, List<MigrationCheck> checks, List<String> dialects, @Nullable String schemaFile,
		Severity lintFailOn) {

	MigrationSettings {
		locations = List.copyOf(locations);
		heads = Set.copyOf(heads);
		irreversible = Set.copyOf(irreversible);
		checks = List.copyOf(checks);
		dialects = List.copyOf(dialects);
	}

	/**
	 * The settings of an annotation and of the test's Spring context.
	 * @param annotation the annotation of the test class, or {@code null} for the
	 * defaults
	 * @param contextProperties the {@code migrate.*} properties of the test's Spring
	 * context, each {@code null} when not set or without a context; the annotation's
	 * locations win over the context's
	 * @return the settings
	 */
	static MigrationSettings of(@Nullable MigrationTest annotation, UnaryOperator<@Nullable String> contextProperties) {
		MigrationTest settings = (annotation != null) ? annotation : Defaults.class.getAnnotation(MigrationTest.class);
		String contextLocations = contextProperties.apply("migrate.locations");
		List<String> locations = (settings.locations().length > 0) ? List.of(settings.locations())
				: (contextLocations != null) ? Arrays.stream(contextLocations.split(",")).map(String::trim).toList()
						: List.of(ScriptLoader.DEFAULT_LOCATION);
		return new MigrationSettings(locations,
				Objects.requireNonNullElse(contextProperties.apply("migrate.version-table"),
						MigratorBuilder.DEFAULT_VERSION_TABLE),
				Objects.requireNonNullElse(contextProperties.apply("migrate.history-table"),
						MigratorBuilder.DEFAULT_HISTORY_TABLE),
				Set.of(settings.heads()), Set.of(settings.irreversible()), List.of(settings.checks()),
				List.of(settings.dialects()), settings.schemaFile().isEmpty() ? null : settings.schemaFile(),
				settings.lintFailOn());
	}

	@MigrationTest
	private static final class Defaults {

	}

}
