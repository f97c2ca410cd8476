package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.graph.Direction;
import dev.migrate.ops.OfflineModeException;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.Sha256;
import dev.migrate.script.SqlMigrationScript;

import org.jspecify.annotations.Nullable;

/**
 * Checksums of scripts, to tell when an applied script was edited: the SHA-256 of a SQL
 * script's normalized text, or of the SQL a Java migration renders offline. A Java
 * migration that reads data through {@code op.jdbc()} has none.
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
