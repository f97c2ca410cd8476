/**
 * A @Revision class without an id.
 */
@NullMarked
package db.migrations.invalid.blankid;

import org.jspecify.annotations.NullMarked;
