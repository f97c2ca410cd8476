package dev.migrate.test;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;

import dev.migrate.autogenerate.Against;
import dev.migrate.autogenerate.SchemaComparison;
import dev.migrate.command.SchemaCheck;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.Migrator;

/**
 * {@link MigrationCheck#MODEL}: upgrade the test's database from base to the heads, then
 * compare it with the application's model exactly as {@code db check --against database}
 * does: the model is built in a shadow database on the same server, rename hints apply,
 * and the model source says what the application would find wrong in the schema.
 */
final class ModelCheck {

	private ModelCheck() {
	}

	static void run(Migrations migrations, DataSource dataSource, TestModel model) {
		Dialect dialect = Dialects.detect(dataSource);
		Migrator migrator = migrations.atBase(dataSource);
		migrator.upgrade("heads");
		SchemaComparison comparison = new SchemaComparison(migrator, model.requireSource(),
				model.shadows(dataSource, dialect), dialect);
		SchemaCheck check = SchemaCheck.of(comparison, Against.DATABASE, comparison.compare(false, Against.DATABASE));
		if (!check.inSync()) {
			Assertions.fail("After 'db upgrade heads' the schema differs from the model. " + check.report().strip());
		}
	}

}
