/**
 * The schema of a live database as its own catalogs report it, and the inspectors that
 * read it. Both sides of an autogenerate comparison are read by the same inspector from
 * the same server, so the model holds each database's canonical text for types, defaults
 * and expressions.
 */
@NullMarked
package dev.migrate.schema;

import org.jspecify.annotations.NullMarked;
