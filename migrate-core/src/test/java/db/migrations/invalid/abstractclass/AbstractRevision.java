package db.migrations.invalid.abstractclass;

import dev.migrate.script.Migration;
import dev.migrate.script.Revision;

/**
 * Annotated, but abstract.
 */
@Revision(id = "7a0000000007")
public abstract class AbstractRevision implements Migration {

}
