package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.graph.Direction;
import dev.migrate.ops.OfflineModeException;
import dev.migrate.ops.OperationText;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.Sha256;
import dev.migrate.script.SqlMigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * Checksums of scripts, to tell when an applied script was edited: the SHA-256 of a SQL
 * script's normalized text, or of the {@link OperationText canonical text} of the
 * operations a Java migration makes, which no dialect's rendering changes. A Java
 * migration that reads data through {@code op.jdbc()} has none.
 *
 * <p>
 * History rows written before Java checksums were taken from the operations hold the
 * SHA-256 of the SQL the migration rendered in the database's dialect; a script still
 * {@link #matches matches} such a checksum, so that upgrading migrate reports no edits.
 */
final class Checksums {

	private final ScriptApplier applier;

	Checksums(ScriptApplier applier) {
		this.applier = applier;
	}

	@Nullable String of(MigrationScript script) {
		if (script instanceof SqlMigrationScript sql) {
			return sql.checksum();
		}
		JavaMigrationScript java = (JavaMigrationScript) script;
		try {
			return Sha256.hex("-- upgrade\n" + OperationText.of(this.applier.operations(java, Direction.UPGRADE))
					+ "-- downgrade\n" + OperationText.of(this.applier.operations(java, Direction.DOWNGRADE)));
		}
		catch (OfflineModeException ex) {
			return null;
		}
	}

	/**
	 * Whether a script is unchanged since a checksum was recorded for it.
	 * @param script the script
	 * @param actual its checksum now, from {@link #of}
	 * @param recorded the checksum in the history table
	 * @return whether they match, for a Java migration also in the rendered-SQL form
	 */
	boolean matches(MigrationScript script, String actual, String recorded) {
		return recorded.equals(actual)
				|| (script instanceof JavaMigrationScript && recorded.equals(renderedSql(script)));
	}

	@Nullable String renderedSql(MigrationScript script) {
		List<String> statements = new ArrayList<>();
		try {
			this.applier.apply(script, Direction.UPGRADE, statements::add, null);
			statements.add("-- downgrade");
			this.applier.apply(script, Direction.DOWNGRADE, statements::add, null);
		}
		catch (OfflineModeException ex) {
			return null;
		}
		return Sha256.hex(String.join(";\n", statements));
	}

}
