/**
 * Idempotent Java migrations that ask {@code op.inspect()} what exists before they change
 * it.
 */
@NullMarked
package db.runtime.inspect;

import org.jspecify.annotations.NullMarked;
