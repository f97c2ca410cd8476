package dev.migrate.test;

/**
 * The checks as an application runs them: the good fixture set on the default H2.
 */
@MigrationTest(locations = "classpath:db/good", schemaFile = "classpath:model/good.sql",
		dialects = { "h2", "postgresql" })
class GoodMigrationsTests implements MigrationChecks {

}
