/**
 * The revision graph: revisions, heads and bases, revision expressions and the planning
 * of upgrades, downgrades and stamps. Pure: no I/O and no JDBC.
 */
@NullMarked
package dev.migrate.graph;

import org.jspecify.annotations.NullMarked;
