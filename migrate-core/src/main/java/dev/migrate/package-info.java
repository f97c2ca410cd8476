/**
 * migrate: Alembic's model of database migrations for the JVM.
 */
@NullMarked
package dev.migrate;

import org.jspecify.annotations.NullMarked;
