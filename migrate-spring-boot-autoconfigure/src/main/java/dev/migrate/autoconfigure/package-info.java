/**
 * Auto-configuration for migrate: upgrade on startup, ordered before JPA and JDBC users.
 */
@NullMarked
package dev.migrate.autoconfigure;

import org.jspecify.annotations.NullMarked;
