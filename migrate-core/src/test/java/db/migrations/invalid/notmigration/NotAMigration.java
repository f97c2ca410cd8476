package db.migrations.invalid.notmigration;

import dev.migrate.script.Revision;

/**
 * Annotated, but no migration.
 */
@Revision(id = "6f0000000006")
public class NotAMigration {

}
