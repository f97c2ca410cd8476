package dev.migrate.autogenerate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.SchemaFileHints.Declaration;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.RenameHint;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The desired schema as a declarative SQL file: the DDL of the dialect that creates the
 * schema in a fresh database, run statement by statement in the shadow database, with
 * {@code -- migrate:renamed-from <old name>} comments as rename hints.
 */
public final class SchemaFileSource implements ModelSource {

	/** Where the schema file is unless configured otherwise. */
	public static final String DEFAULT_LOCATION = "classpath:db/schema.sql";

	private final String location;

	private final ResourceLoader resourceLoader;

	private @Nullable SchemaFileHints hints;

	/**
	 * Create a source for a schema file.
	 * @param location the file, such as {@code classpath:db/schema.sql} or
	 * {@code file:schema.sql}
	 * @param resourceLoader loads the file
	 */
	public SchemaFileSource(String location, ResourceLoader resourceLoader) {
		this.location = location;
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void create(ShadowDatabase shadow, Dialect dialect) {
		String sql = read();
		try (Connection connection = shadow.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (SqlStatement each : SqlStatementSplitter.split(sql, this.location, 1)) {
				try {
					statement.execute(each.sql());
				}
				catch (SQLException ex) {
					throw new MigrateException("The statement at line " + each.line() + " of schema file "
							+ this.location + " fails on " + dialect.name() + ": " + ex.getMessage()
							+ "; the schema file holds the DDL that creates the desired schema in an empty database",
							ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(
					"Cannot connect to the shadow database " + shadow.name() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether the schema file exists.
	 * @return {@code true} when there is a file to read
	 */
	public boolean exists() {
		return this.resourceLoader.getResource(this.location).exists();
	}

	private String read() {
		Resource resource = this.resourceLoader.getResource(this.location);
		if (!resource.exists()) {
			throw new MigrateException("Schema file " + this.location + " does not exist; write the DDL of the "
					+ "desired schema there, or set the schema file location (migrate.model.schema-file)");
		}
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MigrateException("Cannot read schema file " + this.location + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The {@code -- migrate:renamed-from <old name>} comments at the end of the line of a
	 * {@code CREATE TABLE} or a column.
	 */
	@Override
	public List<RenameHint> renameHints() {
		return hints().hints();
	}

	@Override
	public String howToDeclare(RenameHint rename) {
		String hint = "-- " + SchemaFileHints.MARKER + " " + rename.from();
		Declaration declaration = hints().declarationOf(rename);
		return (declaration != null)
				? "add '" + hint + "' at the end of line " + declaration.line() + " of " + describe() + ": "
						+ declaration.text()
				: "add '" + hint + "' at the end of the line of " + (rename.isColumn() ? "column " : "table ")
						+ rename.to() + " in " + describe();
	}

	private SchemaFileHints hints() {
		SchemaFileHints hints = this.hints;
		if (hints == null) {
			hints = SchemaFileHints.of(read(), this.location);
			this.hints = hints;
		}
		return hints;
	}

	@Override
	public String describe() {
		return "schema file " + this.location;
	}

}
