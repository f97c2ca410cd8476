/**
 * The operations API that every migration receives.
 */
@NullMarked
package dev.migrate.ops;

import org.jspecify.annotations.NullMarked;
