package dev.migrate.command;

import java.nio.file.Path;

/**
 * Where {@code revision} and {@code merge} write new scripts.
 *
 * @param javaDirectory the source root of Java migrations
 * @param javaPackage the package of Java migrations
 * @param sqlDirectory the directory of SQL migrations
 */
public record RevisionFiles(Path javaDirectory, String javaPackage, Path sqlDirectory) {

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

}
