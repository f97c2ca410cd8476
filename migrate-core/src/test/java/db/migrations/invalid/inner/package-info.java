/**
 * A @Revision class that is an inner class.
 */
@NullMarked
package db.migrations.invalid.inner;

import org.jspecify.annotations.NullMarked;
