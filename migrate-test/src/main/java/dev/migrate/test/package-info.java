/**
 * Ready-made JUnit 5 checks of an application's migrations: heads, downgrades, the
 * upgrade from base, the up-down stairway and offline SQL. Annotate a test class with
 * {@link dev.migrate.test.MigrationTest @MigrationTest} and implement
 * {@link dev.migrate.test.MigrationChecks}.
 */
@NullMarked
package dev.migrate.test;

import org.jspecify.annotations.NullMarked;
