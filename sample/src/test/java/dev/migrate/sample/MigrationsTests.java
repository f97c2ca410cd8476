package dev.migrate.sample;

import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationTest;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The sample's revisions pass every check of migrate-test on the slice's in-memory H2
 * database: one head, a downgrade for each revision, an upgrade from base to the head,
 * the stairway, offline SQL and the lint for the three databases the sample runs on, and
 * the model check: the schema the revisions build is the one the JPA entities declare.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@MigrationTest(dialects = { "h2", "postgresql", "mariadb" })
class MigrationsTests implements MigrationChecks {

}
