package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes SQL migrations into a directory, for tests that need a {@code file:} location
 * they can edit.
 */
final class ScriptFiles {

	private final Path directory;

	ScriptFiles(Path directory) {
		this.directory = directory;
	}

	/**
	 * Write a revision.
	 * @param id the revision id
	 * @param revises the parent ids, comma-separated, or an empty string for a base
	 * @param upgrade the upgrade statements
	 * @param downgrade the downgrade statements
	 * @return this
	 */
	ScriptFiles write(String id, String revises, String upgrade, String downgrade) {
		String text = "-- revision: " + id + "\n-- revises: " + revises + "\n-- message: revision " + id
				+ "\n\n-- upgrade\n" + upgrade + "\n\n-- downgrade\n" + downgrade + "\n";
		try {
			Files.writeString(path(id), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	Path path(String id) {
		return this.directory.resolve(id + "_revision.sql");
	}

	String location() {
		return "file:" + this.directory;
	}

	/**
	 * The branch-and-merge graph of the graph tests, with real tables:
	 * {@code a1 -> b2 -> (d4, f7, c3)}, {@code (c3, d4) -> m5 -> e6}.
	 */
	ScriptFiles branchesAndMerge() {
		return write("a1a1a1a1", "", "CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100))",
				"DROP TABLE account")
			.write("b2b2b2b2", "a1a1a1a1", "ALTER TABLE account ADD COLUMN email VARCHAR(200)",
					"ALTER TABLE account DROP COLUMN email")
			.write("c3c3c3c3", "b2b2b2b2", "CREATE TABLE audit (id INT PRIMARY KEY)", "DROP TABLE audit")
			.write("d4d4d4d4", "b2b2b2b2", "CREATE TABLE orders (id INT PRIMARY KEY, account_id INT)",
					"DROP TABLE orders")
			.write("e6e6e6e6", "m5m5m5m5", "ALTER TABLE orders ADD COLUMN total DECIMAL(10,2)",
					"ALTER TABLE orders DROP COLUMN total")
			.write("f7f7f7f7", "b2b2b2b2", "CREATE TABLE tag (id INT PRIMARY KEY)", "DROP TABLE tag")
			.write("m5m5m5m5", "c3c3c3c3,d4d4d4d4", "INSERT INTO account (id, name) VALUES (1, 'merged')",
					"DELETE FROM account WHERE id = 1");
	}

}
