package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.migrate.benchmarks.tools.FlywayCommunity;
import dev.migrate.benchmarks.tools.LiquibaseUpdate;
import dev.migrate.benchmarks.tools.MigrateCore;
import dev.migrate.benchmarks.tools.RawJdbc;

/**
 * A tool the benchmark compares, and how to start it as a cold process.
 */
public enum Tool {

	/** Plain JDBC: the same DDL and one version row per revision. */
	RAW(RevisionFormat.RAW, EnumSet.of(Action.UPGRADE), List.of()) {
		@Override
		public String label(Toolchain toolchain) {
			return "raw JDBC";
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			return javaTool(toolchain, RawJdbc.class, List.of(), Map.of(), action, target);
		}
	},

	/** migrate's core API. */
	MIGRATE(RevisionFormat.MIGRATE, EnumSet.allOf(Action.class), List.of("migrate-core-", "spring-core-",
			"spring-jdbc-", "spring-beans-", "spring-tx-", "commons-logging-", "jspecify-")) {
		@Override
		public String label(Toolchain toolchain) {
			return "migrate (core API)";
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			return javaTool(toolchain, MigrateCore.class, List.of(), Map.of(), action, target);
		}
	},

	/** The sample application's one-shot command, {@code java -jar sample.jar db …}. */
	ONE_SHOT(RevisionFormat.MIGRATE, EnumSet.allOf(Action.class), List.of()) {
		@Override
		public String label(Toolchain toolchain) {
			return "`java -jar sample.jar db …`";
		}

		@Override
		public boolean available(Toolchain toolchain) {
			return toolchain.sampleJar() != null;
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			List<String> arguments = new ArrayList<>(List.of(toolchain.java().toString()));
			arguments.addAll(target.dbCommand(Objects.requireNonNull(toolchain.sampleJar()), action));
			return new Command(arguments, target.springDataSource());
		}
	},

	/**
	 * The same command the way docs/commands.md recommends running it: the jar extracted,
	 * a class data sharing archive from a training run, and the JIT kept to its first
	 * tier.
	 */
	ONE_SHOT_CDS(RevisionFormat.MIGRATE, EnumSet.allOf(Action.class), List.of()) {
		@Override
		public String label(Toolchain toolchain) {
			return "`db …`, extracted jar with CDS";
		}

		@Override
		public boolean available(Toolchain toolchain) {
			return toolchain.extractedSample() != null;
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			return Objects.requireNonNull(toolchain.extractedSample())
				.command(toolchain.java(), action, target, target.springDataSource());
		}
	},

	/** Alembic's command line, {@code python3 -m alembic}. */
	ALEMBIC(RevisionFormat.ALEMBIC, EnumSet.allOf(Action.class), List.of()) {
		@Override
		public String label(Toolchain toolchain) {
			return "Alembic " + toolchain.alembicVersion();
		}

		@Override
		public boolean available(Toolchain toolchain) {
			return toolchain.python() != null;
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			List<String> arguments = new ArrayList<>(List.of(String.valueOf(toolchain.python()), "-m", "alembic", "-c",
					target.revisions().resolve("alembic.ini").toString()));
			arguments.addAll(List.of(action.alembicCommand().split(" ")));
			String url = target.jdbcUrl()
				.replaceFirst("^jdbc:postgresql://", "postgresql+psycopg2://" + target.user() + "@");
			return new Command(arguments, Map.of("BENCH_DATABASE_URL", url));
		}
	},

	/** Flyway Community's Java API with its defaults. */
	FLYWAY(RevisionFormat.FLYWAY, EnumSet.of(Action.UPGRADE), List.of("flyway-")) {
		@Override
		public String label(Toolchain toolchain) {
			return "Flyway " + toolchain.versionOf("flyway-core").orElse("");
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			// Flyway reports feature usage unless told not to; the benchmark has no
			// network
			return javaTool(toolchain, FlywayCommunity.class, List.of(), Map.of("REDGATE_DISABLE_TELEMETRY", "true"),
					action, target);
		}
	},

	/** Liquibase's Java API, {@code update}. */
	LIQUIBASE(RevisionFormat.LIQUIBASE, EnumSet.of(Action.UPGRADE), List.of("liquibase-core-", "opencsv-", "snakeyaml-",
			"jaxb-api-", "commons-collections4-", "commons-text-", "commons-lang3-", "commons-io-")) {
		@Override
		public String label(Toolchain toolchain) {
			return "Liquibase " + toolchain.versionOf("liquibase-core").orElse("");
		}

		@Override
		public Command command(Toolchain toolchain, Action action, Target target) {
			// Liquibase sends analytics unless told not to; the benchmark has no network
			return javaTool(toolchain, LiquibaseUpdate.class,
					List.of("-Dliquibase.analytics.enabled=false", "-Dliquibase.showBanner=false"), Map.of(), action,
					target);
		}
	};

	private final RevisionFormat format;

	private final Set<Action> actions;

	private final List<String> artifacts;

	/**
	 * @param artifacts for a Java tool, the name prefixes of its jars besides the
	 * driver's
	 */
	Tool(RevisionFormat format, Set<Action> actions, List<String> artifacts) {
		this.format = format;
		this.actions = actions;
		this.artifacts = artifacts;
	}

	/**
	 * The class path of a Java tool: the benchmark's classes, the tool's jars and the
	 * PostgreSQL driver.
	 * @param toolchain where the tools are
	 * @return the class path, for {@code -cp}
	 */
	public String classPath(Toolchain toolchain) {
		List<String> jars = new ArrayList<>(this.artifacts);
		jars.addAll(List.of("postgresql-", "checker-qual-"));
		return toolchain.classPathOf(jars);
	}

	/**
	 * The format the tool reads its revisions in.
	 * @return the format
	 */
	public RevisionFormat format() {
		return this.format;
	}

	/**
	 * Whether the tool has a counterpart of an action.
	 * @param action the action
	 * @return whether it can be timed
	 */
	public boolean supports(Action action) {
		return this.actions.contains(action);
	}

	/**
	 * The column heading of the tool, with its version.
	 * @param toolchain where the tools are
	 * @return the heading
	 */
	public abstract String label(Toolchain toolchain);

	/**
	 * Whether the tool is installed.
	 * @param toolchain where the tools are
	 * @return whether it can run
	 */
	public boolean available(Toolchain toolchain) {
		return true;
	}

	/**
	 * The command that runs an action.
	 * @param toolchain where the tools are
	 * @param action the action, one the tool {@link #supports(Action) supports}
	 * @param target the database and the revisions
	 * @return the command
	 */
	public abstract Command command(Toolchain toolchain, Action action, Target target);

	/**
	 * A command that runs a program on the class path of this Java tool.
	 * @param toolchain where the tools are
	 * @param program the main class
	 * @param jvmOptions options for the JVM
	 * @param environment variables to add
	 * @param action the action argument
	 * @param target the database and the revisions
	 * @return the command
	 */
	public Command javaTool(Toolchain toolchain, Class<?> program, List<String> jvmOptions,
			Map<String, String> environment, Action action, Target target) {
		List<String> arguments = new ArrayList<>();
		arguments.add(toolchain.java().toString());
		arguments.addAll(jvmOptions);
		arguments.addAll(List.of("-cp", classPath(toolchain), program.getName(), action.toolArgument(),
				target.jdbcUrl(), target.user(), target.revisions().toAbsolutePath().toString()));
		return new Command(arguments, environment);
	}

	/**
	 * What a command works on.
	 *
	 * @param jdbcUrl the JDBC URL of the database
	 * @param user the database user
	 * @param revisions the directory of the tool's revisions
	 */
	public record Target(String jdbcUrl, String user, Path revisions) {

		/**
		 * The arguments after {@code java} and its JVM options that run a one-shot
		 * command of an application jar on these revisions.
		 * @param jar the application's jar
		 * @param action the command
		 * @return the arguments
		 */
		public List<String> dbCommand(Path jar, Action action) {
			return List.of("-Dmigrate.locations=file:" + this.revisions.toAbsolutePath(), "-jar", jar.toString(), "db",
					action.dbCommand());
		}

		/**
		 * The database as Spring Boot's environment variables give it.
		 * @return the variables
		 */
		public Map<String, String> springDataSource() {
			return Map.of("SPRING_DATASOURCE_URL", this.jdbcUrl, "SPRING_DATASOURCE_USERNAME", this.user,
					"SPRING_DATASOURCE_PASSWORD", "");
		}

	}

}
