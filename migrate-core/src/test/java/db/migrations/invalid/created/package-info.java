/**
 * A @Revision class with an invalid created date.
 */
@NullMarked
package db.migrations.invalid.created;

import org.jspecify.annotations.NullMarked;
