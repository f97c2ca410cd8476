/**
 * Database dialects: how each database renders operations, whether its DDL is
 * transactional, and its migration lock.
 */
@NullMarked
package dev.migrate.dialect;

import org.jspecify.annotations.NullMarked;
