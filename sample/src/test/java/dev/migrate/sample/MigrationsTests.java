package dev.migrate.sample;

import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationTest;

/**
 * The sample's revisions pass every check of migrate-test on an in-memory H2 database:
 * one head, a downgrade for each revision, an upgrade from base to the head, the stairway
 * and offline SQL and the lint for the three databases the sample runs on. The model
 * check is aborted until the sample has a model (a schema file or, in a Spring test, JPA
 * entities).
 */
@MigrationTest(dialects = { "h2", "postgresql", "mariadb" })
class MigrationsTests implements MigrationChecks {

}
