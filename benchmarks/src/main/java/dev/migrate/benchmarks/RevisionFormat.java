package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.benchmarks.RevisionPlan.PlannedRevision;

/**
 * How each tool keeps its revisions on disk: the same plan, written in each tool's own
 * format.
 */
public enum RevisionFormat {

	/**
	 * One {@code .sql} file per revision, named by its position; plain JDBC runs them in
	 * order.
	 */
	RAW {
		@Override
		void write(RevisionPlan plan, Path directory) throws IOException {
			for (PlannedRevision revision : plan.revisions()) {
				Files.writeString(directory.resolve("%06d.sql".formatted(revision.index())), revision.upgrade() + "\n");
			}
		}
	},

	/** migrate's SQL revisions, with header fields and upgrade and downgrade sections. */
	MIGRATE {
		@Override
		void write(RevisionPlan plan, Path directory) throws IOException {
			for (PlannedRevision revision : plan.revisions()) {
				String text = """
						-- revision: %s
						-- revises: %s
						-- message: %s

						-- upgrade
						%s;

						-- downgrade
						""".formatted(revision.id(), (revision.parent() != null) ? revision.parent() : "",
						revision.message(), revision.upgrade());
				Files.writeString(directory.resolve(revision.id() + "_revision_" + revision.index() + ".sql"), text);
			}
		}
	},

	/** Flyway's versioned migrations, {@code V<n>__<description>.sql}. */
	FLYWAY {
		@Override
		void write(RevisionPlan plan, Path directory) throws IOException {
			for (PlannedRevision revision : plan.revisions()) {
				Files.writeString(directory.resolve("V" + revision.index() + "__revision_" + revision.index() + ".sql"),
						revision.upgrade() + ";\n");
			}
		}
	},

	/** One Liquibase formatted-SQL changelog with a change set per revision. */
	LIQUIBASE {
		@Override
		void write(RevisionPlan plan, Path directory) throws IOException {
			StringBuilder changelog = new StringBuilder("-- liquibase formatted sql\n");
			for (PlannedRevision revision : plan.revisions()) {
				changelog.append("\n-- changeset bench:").append(revision.index()).append('\n');
				changelog.append(revision.upgrade()).append(";\n");
			}
			Files.writeString(directory.resolve(LIQUIBASE_CHANGELOG), changelog);
		}
	},

	/**
	 * An Alembic environment: {@code alembic.ini}, an {@code env.py} that reads the
	 * database URL from {@code BENCH_DATABASE_URL} and runs each revision in its own
	 * transaction (as the other tools do), and one revision file per revision.
	 */
	ALEMBIC {
		@Override
		void write(RevisionPlan plan, Path directory) throws IOException {
			Files.writeString(directory.resolve("alembic.ini"), """
					[alembic]
					script_location = %s
					""".formatted(directory.toAbsolutePath()));
			Files.writeString(directory.resolve("env.py"), """
					import os
					from alembic import context
					from sqlalchemy import create_engine
					from sqlalchemy.pool import NullPool

					engine = create_engine(os.environ["BENCH_DATABASE_URL"], poolclass=NullPool)
					with engine.connect() as connection:
					    context.configure(connection=connection, transaction_per_migration=True)
					    with context.begin_transaction():
					        context.run_migrations()
					""");
			Files.writeString(directory.resolve("script.py.mako"), "");
			Path versions = Files.createDirectories(directory.resolve("versions"));
			for (PlannedRevision revision : plan.revisions()) {
				String text = """
						\"\"\"%s\"\"\"
						from alembic import op

						revision = "%s"
						down_revision = %s
						branch_labels = None
						depends_on = None


						def upgrade():
						    op.execute("%s")


						def downgrade():
						    pass
						""".formatted(revision.message(), revision.id(),
						(revision.parent() != null) ? "\"" + revision.parent() + "\"" : "None", revision.upgrade());
				Files.writeString(versions.resolve(revision.id() + "_revision_" + revision.index() + ".py"), text);
			}
		}
	};

	/** The file name of the Liquibase changelog. */
	public static final String LIQUIBASE_CHANGELOG = "changelog.sql";

	/**
	 * Write the plan into a directory, creating it; a directory that is already complete
	 * (a previous run wrote the same plan) is kept as it is.
	 * @param plan the revisions
	 * @param root the directory that holds one subdirectory per format and size
	 * @return the directory the revisions are in
	 */
	public Path writeInto(RevisionPlan plan, Path root) {
		Path directory = root.resolve(plan.size() + "/" + name().toLowerCase(java.util.Locale.ROOT));
		Path complete = directory.resolve(".complete");
		try {
			if (!Files.exists(complete)) {
				deleteRecursively(directory);
				Files.createDirectories(directory);
				write(plan, directory);
				Files.writeString(complete, "");
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the revisions into " + directory, ex);
		}
	}

	abstract void write(RevisionPlan plan, Path directory) throws IOException;

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (var paths = Files.walk(directory)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
