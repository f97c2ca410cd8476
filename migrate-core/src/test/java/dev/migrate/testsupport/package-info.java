/**
 * Test support shared by every module: a database of its own per test class on
 * PostgreSQL, MariaDB and H2, created before the class and dropped after it.
 *
 * @see dev.migrate.testsupport.WithTestDatabases
 */
@NullMarked
package dev.migrate.testsupport;

import org.jspecify.annotations.NullMarked;
