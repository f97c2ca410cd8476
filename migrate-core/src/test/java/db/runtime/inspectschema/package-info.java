/**
 * An idempotent Java migration that asks {@code op.inspect(schema)} about another schema.
 */
@NullMarked
package db.runtime.inspectschema;

import org.jspecify.annotations.NullMarked;
