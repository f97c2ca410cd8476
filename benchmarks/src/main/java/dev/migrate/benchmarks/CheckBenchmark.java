package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dev.migrate.benchmarks.Scenario.Kind;

/**
 * The {@code check} scenario: {@code db check} of the sample's one-shot command line on a
 * model of {@value #TABLES} tables, on PostgreSQL, MariaDB and H2, next to Alembic's
 * {@code revision --autogenerate} on the same schema and model (PostgreSQL and MariaDB;
 * SQLAlchemy has no H2 dialect). migrate replays its revisions into a shadow database and
 * loads the schema file into another, as it does by default; Alembic compares its
 * SQLAlchemy tables with the live database, which is upgraded to the head first, untimed.
 * Both must find the one added column.
 */
final class CheckBenchmark {

	static final int TABLES = 100;

	private static final AtomicInteger counter = new AtomicInteger();

	private final BenchmarkOptions options;

	private final Toolchain toolchain;

	private final ProcessRunner runner;

	private final PostgresServer postgres;

	private final CheckSchema schema = new CheckSchema(TABLES);

	CheckBenchmark(BenchmarkOptions options, Toolchain toolchain, ProcessRunner runner, PostgresServer postgres) {
		this.options = options;
		this.toolchain = toolchain;
		this.runner = runner;
		this.postgres = postgres;
	}

	/**
	 * Time every tool that takes part on every database once.
	 * @param tools the tools of the run; the one-shot command and Alembic take part
	 * @param round the round, which rotates the order of the tools
	 * @param recorder where each measurement goes
	 */
	void run(List<Tool> tools, int round, Recorder recorder) {
		List<Tool> taking = new ArrayList<>(
				tools.stream().filter((tool) -> tool == Tool.ONE_SHOT || tool == Tool.ALEMBIC).toList());
		java.util.Collections.rotate(taking, round);
		for (Kind kind : List.of(Kind.CHECK_POSTGRESQL, Kind.CHECK_MARIADB, Kind.CHECK_H2)) {
			for (Tool tool : taking) {
				if (tool == Tool.ALEMBIC && kind == Kind.CHECK_H2) {
					continue;
				}
				Measurement measurement = (tool == Tool.ONE_SHOT) ? dbCheck(kind) : alembic(kind);
				recorder.record(new Scenario(kind, TABLES), tool, measurement);
			}
		}
	}

	private Measurement dbCheck(Kind kind) {
		String dialect = dialect(kind);
		Path directory = directory(dialect).resolve("migrate");
		Path revisions = directory.resolve("revisions");
		Path schemaFile = directory.resolve("schema.sql");
		write(revisions.resolve("c0ffee000001_schema.sql"), """
				-- revision: c0ffee000001
				-- revises:
				-- message: schema

				-- upgrade
				%s;

				-- downgrade
				""".formatted(String.join(";\n", this.schema.ddl(dialect, false))));
		write(schemaFile, String.join(";\n", this.schema.ddl(dialect, true)) + ";\n");
		Database database = createDatabase(kind);
		try {
			Command command = new Command(
					List.of(this.toolchain.java().toString(), "-Dmigrate.locations=file:" + revisions.toAbsolutePath(),
							"-Dmigrate.model.source=schema-file",
							"-Dmigrate.model.schema-file=file:" + schemaFile.toAbsolutePath(), "-jar",
							String.valueOf(this.toolchain.sampleJar()), "db", "check"),
					Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
							"SPRING_DATASOURCE_PASSWORD", ""));
			// db check exits 3 when the model has changes that no revision captures
			Measurement measurement = this.runner.run(command, 3);
			expect(measurement.output(), "add column " + this.schema.changedTable() + ".note", kind, Tool.ONE_SHOT);
			return measurement;
		}
		finally {
			database.drop().run();
		}
	}

	private Measurement alembic(Kind kind) {
		String dialect = dialect(kind);
		Path directory = directory(dialect).resolve("alembic");
		Path versions = directory.resolve("versions");
		write(directory.resolve("alembic.ini"), "[alembic]\nscript_location = " + directory.toAbsolutePath() + "\n");
		write(directory.resolve("model.py"), this.schema.sqlalchemyModel());
		write(directory.resolve("env.py"), """
				import os
				import sys
				from alembic import context
				from sqlalchemy import create_engine
				from sqlalchemy.pool import NullPool

				sys.path.insert(0, os.path.dirname(__file__))
				from model import metadata

				engine = create_engine(os.environ["BENCH_DATABASE_URL"], poolclass=NullPool)
				with engine.connect() as connection:
				    context.configure(connection=connection, target_metadata=metadata)
				    with context.begin_transaction():
				        context.run_migrations()
				""");
		write(directory.resolve("script.py.mako"), """
				revision = ${repr(up_revision)}
				down_revision = ${repr(down_revision)}
				branch_labels = None
				depends_on = None


				def upgrade():
				    ${upgrades if upgrades else "pass"}


				def downgrade():
				    ${downgrades if downgrades else "pass"}
				""");
		StringBuilder base = new StringBuilder("""
				from alembic import op

				revision = "c0ffee000001"
				down_revision = None
				branch_labels = None
				depends_on = None


				def upgrade():
				""");
		this.schema.ddl(dialect, false).forEach((sql) -> base.append("    op.execute(\"").append(sql).append("\")\n"));
		base.append("\n\ndef downgrade():\n    pass\n");
		deleteGenerated(versions);
		write(versions.resolve("c0ffee000001_schema.py"), base.toString());
		Database database = createDatabase(kind);
		try {
			Map<String, String> environment = Map.of("BENCH_DATABASE_URL", database.sqlalchemyUrl());
			this.runner.run(alembicCommand(directory, "upgrade head", environment));
			Measurement measurement = this.runner
				.run(alembicCommand(directory, Action.CHECK.alembicCommand(), environment));
			expect(generated(versions), "op.add_column('" + this.schema.changedTable() + "', sa.Column('note'", kind,
					Tool.ALEMBIC);
			return measurement;
		}
		finally {
			deleteGenerated(versions);
			database.drop().run();
		}
	}

	private Command alembicCommand(Path directory, String words, Map<String, String> environment) {
		List<String> arguments = new ArrayList<>(List.of(String.valueOf(this.toolchain.python()), "-m", "alembic", "-c",
				directory.resolve("alembic.ini").toString()));
		arguments.addAll(List.of(words.split(" ")));
		return new Command(arguments, environment);
	}

	private static void expect(String output, String text, Kind kind, Tool tool) {
		// H2 reports unquoted names in upper case
		if (!output.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
			throw new IllegalStateException(
					tool + " on " + kind + " did not report '" + text + "':\n" + output.lines().limit(20).toList());
		}
	}

	/**
	 * The revision Alembic generated: what it detected.
	 */
	private static String generated(Path versions) {
		try (Stream<Path> files = Files.list(versions)) {
			StringBuilder text = new StringBuilder();
			for (Path file : files.filter(CheckBenchmark::isGenerated).filter(Files::isRegularFile).toList()) {
				text.append(Files.readString(file));
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isGenerated(Path file) {
		return !file.getFileName().toString().startsWith("c0ffee000001");
	}

	private Database createDatabase(Kind kind) {
		return switch (kind) {
			case CHECK_POSTGRESQL -> {
				String url = this.postgres.createDatabase("check");
				yield new Database(url, this.options.user(),
						url.replaceFirst("^jdbc:postgresql://", "postgresql+psycopg2://" + this.options.user() + "@"),
						() -> this.postgres.dropDatabase(url));
			}
			case CHECK_MARIADB -> {
				String name = "bench_check_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
				String server = this.options.mariadbUrl().replaceFirst("^(jdbc:mariadb://[^/?]+).*$", "$1/");
				mariadb("create database " + name);
				yield new Database(server + name, this.options.mariadbUser(),
						server.replaceFirst("^jdbc:mariadb://", "mysql+pymysql://" + this.options.mariadbUser() + "@")
								+ name,
						() -> mariadb("drop database if exists " + name));
			}
			default -> new Database("jdbc:h2:mem:bench_check", "sa", "", () -> {
			});
		};
	}

	private void mariadb(String sql) {
		try (Connection connection = DriverManager.getConnection(this.options.mariadbUrl(), this.options.mariadbUser(),
				""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + this.options.mariadbUrl(), ex);
		}
	}

	private Path directory(String dialect) {
		return this.options.workDirectory().resolve("check").resolve(dialect);
	}

	private static String dialect(Kind kind) {
		return switch (kind) {
			case CHECK_POSTGRESQL -> "postgresql";
			case CHECK_MARIADB -> "mariadb";
			default -> "h2";
		};
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteGenerated(Path versions) {
		if (!Files.isDirectory(versions)) {
			return;
		}
		try (Stream<Path> files = Files.list(versions)) {
			for (Path file : files.toList()) {
				if (isGenerated(file)) {
					if (Files.isDirectory(file)) {
						try (Stream<Path> inner = Files.walk(file)) {
							for (Path path : inner.sorted(java.util.Comparator.reverseOrder()).toList()) {
								Files.delete(path);
							}
						}
					}
					else {
						Files.delete(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A database a run works on, and how to get rid of it.
	 */
	private record Database(String url, String user, String sqlalchemyUrl, Runnable drop) {

	}

	/**
	 * Where a measurement goes.
	 */
	@FunctionalInterface
	interface Recorder {

		void record(Scenario scenario, Tool tool, Measurement measurement);

	}

}
