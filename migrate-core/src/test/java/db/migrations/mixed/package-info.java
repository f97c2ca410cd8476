/**
 * Java migrations mixed with SQL migrations in one location.
 */
@NullMarked
package db.migrations.mixed;

import org.jspecify.annotations.NullMarked;
