package dev.migrate.command;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.MigrateException;
import dev.migrate.script.RevisionSources;

/**
 * Where {@code revision} and {@code merge} write new scripts, and the names of the
 * settings that configure those places, for messages.
 *
 * @param javaDirectory the source root of Java migrations
 * @param javaPackage the package of Java migrations
 * @param sqlDirectory the directory of SQL migrations
 * @param javaDirectorySetting the setting that configures {@code javaDirectory}, such as
 * {@code migrate.revisions.java-directory}
 * @param sqlDirectorySetting the setting that configures {@code sqlDirectory}
 */
public record RevisionFiles(Path javaDirectory, String javaPackage, Path sqlDirectory, String javaDirectorySetting,
		String sqlDirectorySetting) {

	/**
	 * Create a layout whose settings messages call {@code javaDirectory} and
	 * {@code sqlDirectory}.
	 * @param javaDirectory the source root of Java migrations
	 * @param javaPackage the package of Java migrations
	 * @param sqlDirectory the directory of SQL migrations
	 */
	public RevisionFiles(Path javaDirectory, String javaPackage, Path sqlDirectory) {
		this(javaDirectory, javaPackage, sqlDirectory, "javaDirectory", "sqlDirectory");
	}

	/**
	 * The layout of a Maven or Gradle project whose revisions live in the default
	 * location, {@code classpath:db/migrations}: Java migrations in package
	 * {@code db.migrations} under {@code src/main/java}, SQL migrations in
	 * {@code src/main/resources/db/migrations}.
	 * @param projectDirectory the project's base directory
	 * @return the layout
	 */
	public static RevisionFiles standard(Path projectDirectory) {
		return new RevisionFiles(projectDirectory.resolve("src/main/java"), "db.migrations",
				projectDirectory.resolve("src/main/resources/db/migrations"));
	}

	/**
	 * Return the directory of the Java migration package.
	 * @return the package directory
	 */
	public Path javaPackageDirectory() {
		return this.javaDirectory.resolve(this.javaPackage.replace('.', '/'));
	}

	/**
	 * Return the revisions in these directories.
	 * @return the source revisions
	 */
	public RevisionSources sources() {
		return new RevisionSources(javaPackageDirectory(), this.sqlDirectory);
	}

	/**
	 * Check that the directory a new script of the format goes into exists: the source
	 * root for Java (the package directory is created as needed), the SQL directory for
	 * SQL. A relative directory that is missing usually means the command runs from
	 * another directory than the project's.
	 * @param format the format of the new script
	 * @throws MigrateException naming the directory, its setting and {@code db init}
	 */
	void requireDirectory(ScriptFormat format) {
		boolean java = format == ScriptFormat.JAVA;
		Path directory = java ? this.javaDirectory : this.sqlDirectory;
		if (!Files.isDirectory(directory)) {
			String setting = java ? this.javaDirectorySetting : this.sqlDirectorySetting;
			throw new MigrateException("Directory " + directory.toAbsolutePath().normalize() + " for "
					+ (java ? "Java" : "SQL") + " revisions does not exist; run the command from the project's "
					+ "base directory, set " + setting + " to the "
					+ (java ? "source directory of Java revisions" : "directory of SQL revisions")
					+ ", or create the directories with 'db init'");
		}
	}

}
