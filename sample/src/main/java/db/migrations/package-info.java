/**
 * The sample's Java revisions. SQL revisions live in {@code db/migrations} resources.
 */
@NullMarked
package db.migrations;

import org.jspecify.annotations.NullMarked;
