/**
 * A @Revision class whose id a SQL script repeats.
 */
@NullMarked
package db.migrations.invalid.duplicate;

import org.jspecify.annotations.NullMarked;
