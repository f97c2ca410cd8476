package dev.migrate.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Against;
import dev.migrate.command.CommandArguments.UsageException;
import dev.migrate.lint.Severity;

/**
 * The {@code db} commands for a command line: parses {@code upgrade head --sql} and the
 * like, runs the command, prints its output on standard output, its warnings and any
 * {@code Error: <message>} on standard error, and returns the exit status: 0 on success,
 * 1 when the command failed (whatever the failure), 2 on wrong usage, 3 when
 * {@code db check} finds changes that no revision captures or {@code db lint} reports
 * findings at or above {@code --fail-on}, 4 when {@code db migrate} finds possible
 * renames and writes nothing.
 */
public final class DbCommandLine {

	/** The exit status of a command that succeeded. */
	public static final int SUCCESS = 0;

	/** The exit status of a command that failed. */
	public static final int FAILURE = 1;

	/** The exit status of a command used wrongly. */
	public static final int USAGE = 2;

	/** The exit status of {@code db lint} with findings at or above {@code --fail-on}. */
	public static final int LINT_FINDINGS = 3;

	/**
	 * The exit status of {@code check} when the model has changes no revision captures:
	 * findings, as those of {@code db lint}.
	 */
	public static final int CHANGES_DETECTED = LINT_FINDINGS;

	/**
	 * The exit status of {@code migrate} when a dropped table or column looks like an
	 * added one and neither a rename hint nor {@code --accept-drops} says which is meant.
	 */
	public static final int DROPS_NOT_CONFIRMED = 4;

	private static final Set<String> NEW_REVISION_OPTIONS = Set.of("-m", "--message", "--head", "--branch-label",
			"--depends-on", "--rev-id", "--format");

	private static final Set<String> AUTOGENERATE_OPTIONS = Set.of("-m", "--message", "--head", "--branch-label",
			"--depends-on", "--rev-id", "--format", "--against");

	private static final Set<String> VERBOSE = Set.of("-v", "--verbose");

	/**
	 * The commands that read no database, or only with some options (history).
	 */
	private static final Set<String> REVISIONS_ONLY = Set.of("heads", "branches", "show", "history");

	private final Map<String, Spec> specs = new LinkedHashMap<>();

	private final Supplier<DbCommands> commands;

	/**
	 * Whether the warnings of loading were printed: once is enough, also when a shell
	 * runs many commands.
	 */
	private boolean loadWarningsShown;

	/**
	 * Create a new {@link DbCommandLine} instance.
	 * @param commands supplies the commands when one runs, so that wrong usage is
	 * reported without touching a database
	 */
	public DbCommandLine(Supplier<DbCommands> commands) {
		this.commands = commands;
		spec("upgrade [REVISION] [--sql]", "Upgrade to a later revision (default head)", Set.of("--sql"), Set.of(),
				(args, db) -> args.flag("--sql") ? db.upgradeSql(one(args, "head")) : db.upgrade(one(args, "head")));
		spec("downgrade [REVISION] [--sql]", "Revert to a previous revision (default -1)", Set.of("--sql"), Set.of(),
				(args, db) -> args.flag("--sql") ? db.downgradeSql(fromHeads(one(args, "-1")))
						: db.downgrade(one(args, "-1")));
		spec("stamp [REVISION...] [--sql] [--purge]", "Set the revision in the database without migrating",
				Set.of("--sql", "--purge"), Set.of(), this::stamp);
		spec("repair", "Accept edited applied scripts and clear a failure resolved by hand", Set.of(), Set.of(),
				(args, db) -> db.repair());
		spec("current [-v]", "Show the current revision of the database", VERBOSE, Set.of(),
				(args, db) -> db.current(args.flag("-v", "--verbose")));
		spec("history [-r RANGE] [-v] [-i]", "List revisions, newest first",
				Set.of("-v", "--verbose", "-i", "--indicate-current"), Set.of("-r", "--rev-range"),
				(args, db) -> db.history(args.value("-r", "--rev-range"), args.flag("-v", "--verbose"),
						args.flag("-i", "--indicate-current")));
		spec("heads [-v] [--resolve-dependencies]", "Show the heads of the revision graph",
				Set.of("-v", "--verbose", "--resolve-dependencies"), Set.of(),
				(args, db) -> db.heads(args.flag("-v", "--verbose"), args.flag("--resolve-dependencies")));
		spec("branches [-v]", "Show the branch points", VERBOSE, Set.of(),
				(args, db) -> db.branches(args.flag("-v", "--verbose")));
		spec("show [REVISION]", "Show a revision in full (default head)", Set.of(), Set.of(),
				(args, db) -> db.show(one(args, "head")));
		spec("revision -m MESSAGE [--autogenerate [--against revisions|database] [--accept-drops]] [--head H] "
				+ "[--splice] [--branch-label L] [--depends-on R] [--rev-id ID] [--format java|sql]",
				"Create a new, empty revision (or as 'db migrate')",
				Set.of("--splice", "--autogenerate", "--accept-drops"), AUTOGENERATE_OPTIONS,
				(args, db) -> args.flag("--autogenerate") ? migrate(args, db) : db.revision(newRevision(args)));
		spec("migrate -m MESSAGE [--against revisions|database] [--accept-drops] [--head H] [--splice] "
				+ "[--branch-label L] [--depends-on R] [--rev-id ID] [--format java|sql]",
				"Write a verified revision with the model's changes", Set.of("--splice", "--accept-drops"),
				AUTOGENERATE_OPTIONS, DbCommandLine::migrate);
		this.specs.put("check",
				new Spec("check [--against revisions|database] [--json]",
						"Check that the revisions build the model's schema", Set.of("--json"), Set.of("--against"), 0,
						(args, db) -> {
							SchemaCheck check = db.check(against(args));
							return new Output(args.flag("--json") ? check.json() : check.report(),
									check.inSync() ? SUCCESS : CHANGES_DETECTED);
						}));
		spec("merge REVISION... -m MESSAGE [--branch-label L] [--rev-id ID] [--format java|sql]",
				"Create a revision that merges heads", Set.of(),
				Set.of("-m", "--message", "--branch-label", "--rev-id", "--format"),
				(args, db) -> db.merge(args.positional(), message(args), args.values("--branch-label"),
						args.value("--rev-id"), format(args)));
		spec("lint [RANGE] [--fail-on error|warning|info] [--json]",
				"Report the hazards of revisions (default: the pending ones)", Set.of("--json"), Set.of("--fail-on"),
				(args, db) -> db.lint(args.positional().isEmpty() ? null : args.positional().get(0), failOn(args),
						args.flag("--json")));
		spec("init", "Create the directory for new revisions", Set.of(), Set.of(), (args, db) -> db.init());
	}

	private void spec(String usage, String description, Set<String> flags, Set<String> valued,
			BiFunction<CommandArguments, DbCommands, String> action) {
		String name = usage.split(" ", 2)[0];
		int positional = usage.contains("REVISION...") ? Integer.MAX_VALUE
				: ((usage.contains("[REVISION]") || usage.contains("[RANGE]")) ? 1 : 0);
		this.specs.put(name, new Spec(usage, description, flags, valued, positional,
				(args, db) -> new Output(action.apply(args, db), SUCCESS)));
	}

	/**
	 * Return whether a command reads only the revisions, never the database:
	 * {@code heads}, {@code branches}, {@code show}, and {@code history} unless it shows
	 * or marks what the database applied. Wrong usage reads as {@code false}, for
	 * {@link #run} to report.
	 * @param arguments the command name and its arguments
	 * @return whether the command needs no database
	 */
	public boolean readsOnlyRevisions(List<String> arguments) {
		if (arguments.isEmpty() || !REVISIONS_ONLY.contains(arguments.get(0))) {
			return false;
		}
		Spec spec = this.specs.get(arguments.get(0));
		try {
			CommandArguments parsed = CommandArguments.parse(arguments.subList(1, arguments.size()), spec.flags(),
					spec.valued());
			return !arguments.get(0).equals("history")
					|| !DbCommands.historyReadsDatabase(parsed.value("-r", "--rev-range"),
							parsed.flag("-v", "--verbose"), parsed.flag("-i", "--indicate-current"));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Run one command.
	 * @param arguments the command name and its arguments, such as
	 * {@code ["downgrade", "-1"]}
	 * @param out where output goes
	 * @param err where errors go
	 * @return the exit status
	 * @throws RuntimeException a failure outside migrate (a bean that cannot be created,
	 * say), for the front end that knows how to describe it
	 */
	public int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.isEmpty() || Set.of("help", "--help", "-h").contains(arguments.get(0))) {
			out.print(help());
			return arguments.isEmpty() ? USAGE : SUCCESS;
		}
		Spec spec = this.specs.get(arguments.get(0));
		if (spec == null) {
			err.println("Error: No such command '" + arguments.get(0) + "'.");
			err.print(help());
			return USAGE;
		}
		List<String> rest = arguments.subList(1, arguments.size());
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println("Usage: db " + spec.usage() + "\n\n  " + spec.description() + ".");
			return SUCCESS;
		}
		try {
			CommandArguments parsed = CommandArguments.parse(rest, spec.flags(), spec.valued());
			if (parsed.positional().size() > spec.positional()) {
				throw new UsageException("Unexpected argument(s): " + String.join(" ", parsed.positional()));
			}
			DbCommands commands = this.commands.get();
			if (!this.loadWarningsShown) {
				commands.loadWarnings().forEach(err::println);
				this.loadWarningsShown = true;
			}
			Output output = spec.action().apply(parsed, commands.withWarnings(err::println));
			out.print(output.text());
			return output.status();
		}
		catch (UsageException ex) {
			err.println("Error: " + ex.getMessage());
			err.println("Usage: db " + spec.usage());
			return USAGE;
		}
		catch (DropsNotConfirmedException ex) {
			err.println("Error: " + ex.getMessage());
			return DROPS_NOT_CONFIRMED;
		}
		catch (LintFindingsException ex) {
			out.print(ex.report());
			err.println("Error: " + ex.getMessage());
			return LINT_FINDINGS;
		}
		catch (MigrateException ex) {
			err.println("Error: " + ex.getMessage());
			return FAILURE;
		}
		catch (UncheckedIOException ex) {
			err.println("Error: " + ex.getMessage() + ": " + reason(ex.getCause()));
			return FAILURE;
		}
	}

	/**
	 * Say why a file operation failed in words, not exception names.
	 */
	private static String reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileAlreadyExistsException fileExists) {
			return fileExists.getFile() + " exists and is not a directory";
		}
		if (ex instanceof NoSuchFileException noSuchFile) {
			return noSuchFile.getFile() + " does not exist";
		}
		if (ex instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getFile() + ": " + fileSystem.getReason();
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
	}

	/**
	 * Return the names of the commands, in the order help lists them.
	 * @return the command names
	 */
	public List<String> commandNames() {
		return List.copyOf(this.specs.keySet());
	}

	/**
	 * Return the list of commands with a line each.
	 * @return the help text
	 */
	public String help() {
		StringBuilder text = new StringBuilder("Usage: db COMMAND [ARGS]...\n\nCommands:\n");
		this.specs.forEach((name, spec) -> text.append(String.format("  %-10s %s%n", name, spec.description())));
		return text.append("\nRun 'db COMMAND --help' for the options of a command.\n").toString();
	}

	private String stamp(CommandArguments args, DbCommands db) {
		List<String> targets = args.positional().isEmpty() ? List.of("head") : args.positional();
		if (args.flag("--sql")) {
			if (targets.size() > 1) {
				throw new UsageException("stamp --sql takes one revision or range");
			}
			return db.stampSql(targets.get(0), args.flag("--purge"));
		}
		return db.stamp(targets, args.flag("--purge"));
	}

	private static String migrate(CommandArguments args, DbCommands db) {
		return db.migrate(newRevision(args), against(args), args.flag("--accept-drops"));
	}

	private static Against against(CommandArguments args) {
		String against = args.value("--against");
		if (against == null) {
			return Against.REVISIONS;
		}
		try {
			return Against.of(against);
		}
		catch (MigrateException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	private static NewRevision newRevision(CommandArguments args) {
		String head = args.value("--head");
		return new NewRevision(message(args), (head != null) ? head : "head", args.flag("--splice"),
				args.values("--branch-label"), args.values("--depends-on"), args.value("--rev-id"), format(args));
	}

	private static String one(CommandArguments args, String fallback) {
		return args.positional().isEmpty() ? fallback : args.positional().get(0);
	}

	/**
	 * Offline, a downgrade target without a start runs from the heads.
	 */
	private static String fromHeads(String target) {
		return target.contains(":") ? target : "heads:" + target;
	}

	private static String message(CommandArguments args) {
		String message = args.value("-m", "--message");
		return (message != null) ? message : "";
	}

	private static Severity failOn(CommandArguments args) {
		String failOn = args.value("--fail-on");
		if (failOn == null) {
			return Severity.ERROR;
		}
		try {
			return Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--fail-on is error, warning or info, not '" + failOn + "'");
		}
	}

	private static ScriptFormat format(CommandArguments args) {
		String format = args.value("--format");
		if (format == null) {
			return ScriptFormat.JAVA;
		}
		try {
			return ScriptFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--format is java or sql, not '" + format + "'");
		}
	}

	private record Spec(String usage, String description, Set<String> flags, Set<String> valued, int positional,
			BiFunction<CommandArguments, DbCommands, Output> action) {

	}

	private record Output(String text, int status) {

	}

}
