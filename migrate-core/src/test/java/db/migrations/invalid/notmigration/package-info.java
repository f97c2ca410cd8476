/**
 * A @Revision class that does not implement Migration.
 */
@NullMarked
package db.migrations.invalid.notmigration;

import org.jspecify.annotations.NullMarked;
