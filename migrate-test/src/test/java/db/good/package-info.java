/**
 * The Java revisions of the good fixture set.
 */
@NullMarked
package db.good;

import org.jspecify.annotations.NullMarked;
