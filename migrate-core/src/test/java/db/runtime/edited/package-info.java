/**
 * A Java migration of the checksum tests as edited after it ran.
 */
@NullMarked
package db.runtime.edited;

import org.jspecify.annotations.NullMarked;
