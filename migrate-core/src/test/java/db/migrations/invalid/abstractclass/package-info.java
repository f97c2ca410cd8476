/**
 * An abstract @Revision class.
 */
@NullMarked
package db.migrations.invalid.abstractclass;

import org.jspecify.annotations.NullMarked;
