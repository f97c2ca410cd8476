/**
 * Java migrations that cannot be created.
 */
@NullMarked
package db.migrations.constructor;

import org.jspecify.annotations.NullMarked;
