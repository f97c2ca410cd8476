/**
 * Java migrations that read data without guarding against offline runs.
 */
@NullMarked
package db.runtime.unguarded;

import org.jspecify.annotations.NullMarked;
