package dev.migrate.test;

import java.io.StringWriter;

import org.junit.jupiter.api.Assertions;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.runtime.Migrator;

/**
 * {@link MigrationCheck#OFFLINE_SQL}: the SQL of {@code db upgrade --sql base:heads} and
 * {@code db downgrade --sql heads:base} renders for a dialect. The downgrade is left out
 * when a revision is listed as irreversible: it cannot go down to base.
 */
final class OfflineSqlCheck {

	private OfflineSqlCheck() {
	}

	static void run(Migrations migrations, Dialect dialect) {
		Migrator migrator = migrations.offline(dialect);
		render(() -> migrator.upgradeSql("base:heads", new StringWriter()), "upgrade", "base:heads", dialect);
		if (migrations.settings().irreversible().isEmpty()) {
			render(() -> migrator.downgradeSql("heads:base", new StringWriter()), "downgrade", "heads:base", dialect);
		}
	}

	private static void render(Runnable rendering, String command, String range, Dialect dialect) {
		try {
			rendering.run();
		}
		catch (MigrateException ex) {
			Assertions.fail(
					"'db " + command + " --sql " + range + "' fails for " + dialect.name() + ": " + ex.getMessage(),
					ex);
		}
	}

}
