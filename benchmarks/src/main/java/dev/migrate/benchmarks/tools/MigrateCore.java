package dev.migrate.benchmarks.tools;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import dev.migrate.command.DbCommands;
import dev.migrate.command.RevisionFiles;
import dev.migrate.runtime.Migrator;

/**
 * migrate through its core API, the way an application without Spring Boot calls it.
 */
public final class MigrateCore {

	private MigrateCore() {
	}

	/**
	 * Run an action: {@code upgrade} to the heads, or print {@code heads},
	 * {@code history} or {@code current} as {@code db} does.
	 * @param arguments see {@link ToolArguments}
	 * @throws Exception on any failure
	 */
	public static void main(String[] arguments) throws Exception {
		ToolArguments tool = ToolArguments.parse(arguments);
		Migrator migrator = migrator(tool.dataSource(), tool.directory());
		if (tool.action().equals("upgrade")) {
			migrator.upgrade("heads");
			return;
		}
		DbCommands commands = new DbCommands(migrator, RevisionFiles.standard(Files.createTempDirectory("bench")));
		String output = switch (tool.action()) {
			case "heads" -> commands.heads(false, false);
			case "history" -> commands.history(null, false, false);
			case "current" -> commands.current(false);
			default -> throw tool.unsupported();
		};
		System.out.print(output);
	}

	/**
	 * Load the revisions of a directory.
	 * @param dataSource the database
	 * @param directory the SQL revisions
	 * @return the migrator
	 */
	public static Migrator migrator(DataSource dataSource, Path directory) {
		return Migrator.configure().dataSource(dataSource).locations("file:" + directory.toAbsolutePath()).load();
	}

}
