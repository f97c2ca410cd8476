package dev.migrate.test;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;

import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.ShadowDatabase;
import dev.migrate.command.SchemaCheck;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.schema.SchemaDiffer;

/**
 * {@link MigrationCheck#MODEL}: upgrade the test's database from base to the heads, build
 * the application's model in a shadow database on the same server, and compare both
 * inspected schemas the way {@code db check} does.
 */
final class ModelCheck {

	private ModelCheck() {
	}

	static void run(Migrations migrations, DataSource dataSource, TestModel model) {
		ModelSource source = model.requireSource();
		Dialect dialect = Dialects.detect(dataSource);
		migrations.atBase(dataSource).upgrade("heads");
		SchemaSnapshot migrated = SchemaSnapshot.of(dataSource, dialect, migrations.ownTables());
		SchemaSnapshot desired;
		try (ShadowDatabase shadow = model.shadows(dataSource, dialect).create()) {
			source.create(shadow, dialect);
			desired = SchemaSnapshot.of(shadow.dataSource(), dialect, migrations.ownTables());
		}
		SchemaCheck check = SchemaCheck.of(source.describe(),
				new SchemaDiffer(dialect).diff(migrated.model(), desired.model()));
		if (!check.inSync()) {
			Assertions.fail("After 'db upgrade heads' the schema differs from the model. " + check.report().strip());
		}
	}

}
