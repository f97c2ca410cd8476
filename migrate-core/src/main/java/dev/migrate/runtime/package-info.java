/**
 * Running migrations: the {@link dev.migrate.runtime.Migrator}, the version and history
 * tables, transactions, the migration lock and offline SQL.
 */
@NullMarked
package dev.migrate.runtime;

import org.jspecify.annotations.NullMarked;
