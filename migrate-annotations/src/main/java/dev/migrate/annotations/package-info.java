/**
 * Annotations of migrate that an application's domain model carries, such as
 * {@link dev.migrate.annotations.RenamedFrom}: they have no dependencies, so a module of
 * entities can use them without migrate's engine.
 */
package dev.migrate.annotations;
