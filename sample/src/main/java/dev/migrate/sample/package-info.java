/**
 * A small web app that keeps its database in step with migrate.
 */
@NullMarked
package dev.migrate.sample;

import org.jspecify.annotations.NullMarked;
