/**
 * Actuator support for migrate: the {@code migrations} endpoint, health and metrics.
 */
@NullMarked
package dev.migrate.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
