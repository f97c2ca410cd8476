/**
 * Dialects: render operations as the SQL of one database.
 */
@NullMarked
package dev.migrate.dialect;

import org.jspecify.annotations.NullMarked;
